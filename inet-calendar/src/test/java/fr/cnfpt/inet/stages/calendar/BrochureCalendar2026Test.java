package fr.cnfpt.inet.stages.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.days.Workweek;
import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.calendar.official.CalendarProblem;
import fr.cnfpt.inet.stages.calendar.official.OfficialCalendar;
import fr.cnfpt.inet.stages.calendar.official.OfficialCalendarReader;
import fr.cnfpt.inet.stages.calendar.official.OfficialCalendars;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.corps.Institute;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calendar reproduces the 2026-2027 brochure to the day: every cell of the table of issue 3,
 * from "18 MOIS DE SCOLARITÉ (01/02/2026 – 31/07/2027)" to "Dépôt des offres jusqu'au 19 juin 2026".
 */
class BrochureCalendar2026Test {

    private static final CohortSchedule SCHEDULE = Schedules.of(Editions.current()).forCohort(CohortYear.of(2026));

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
        "ADMINISTRATEUR, 2026-02-01, 2027-07-31",
        "CONSERVATEUR_BIBLIOTHEQUES, 2026-02-01, 2027-07-31",
        "INGENIEUR_EN_CHEF, 2026-04-01, 2027-03-31"
    })
    void datesEachSchoolingAsTheSummaryTable(Corps corps, LocalDate start, LocalDate end) {
        assertThat(SCHEDULE.of(corps).schooling()).contains(DateRange.ofClosed(start, end));
    }

    @ParameterizedTest(name = "{0} {1}: {2} weeks, {3} to {4}, offers by {5}")
    @CsvSource(nullValues = "none", value = {
        "ADMINISTRATEUR, OBSERVATION, 4, 2026-03-30, 2026-04-24, 2025-11-24",
        "ADMINISTRATEUR, THEMATIQUE, 7, 2026-05-26, 2026-07-10, 2026-02-16",
        "ADMINISTRATEUR, PROJET_COLLECTIF, 9, 2026-10-12, 2026-12-18, 2026-06-19",
        "ADMINISTRATEUR, OUVERTURE, 4, 2027-02-01, 2027-02-26, none",
        "ADMINISTRATEUR, PROFESSIONNALISATION, 13, 2027-05-03, 2027-07-30, none",
        "CONSERVATEUR_BIBLIOTHEQUES, OBSERVATION, 3, 2026-03-30, 2026-04-17, 2025-11-24",
        "CONSERVATEUR_BIBLIOTHEQUES, THEMATIQUE, 7, 2026-05-26, 2026-07-10, 2026-01-30",
        "CONSERVATEUR_BIBLIOTHEQUES, PROJET_COLLECTIF, 9, 2026-10-12, 2026-12-18, 2026-06-19",
        "CONSERVATEUR_BIBLIOTHEQUES, OUVERTURE, 3, 2027-02-01, 2027-02-19, none",
        "CONSERVATEUR_BIBLIOTHEQUES, PROFESSIONNALISATION, 11, 2027-05-18, 2027-07-30, none",
        "INGENIEUR_EN_CHEF, OBSERVATION, 3, 2026-06-01, 2026-06-19, 2026-01-30",
        "INGENIEUR_EN_CHEF, PROJET_COLLECTIF, 9, 2026-10-12, 2026-12-18, 2026-06-19",
        "INGENIEUR_EN_CHEF, PERFECTIONNEMENT, 7, 2027-02-01, 2027-03-19, none"
    })
    void datesEachInternshipAsTheBrochure(Corps corps, InternshipType type, int weeks, LocalDate first, LocalDate last,
            LocalDate deadline) {
        ScheduledInternship internship = SCHEDULE.of(corps).internship(type).orElseThrow();
        assertThat(internship.weeks().value()).isEqualTo(weeks);
        assertThat(internship.period()).isEqualTo(DateRange.ofClosed(first, last));
        if (deadline == null) {
            assertThat(internship.offerDeadline()).isEmpty();
        } else {
            assertThat(internship.offerDeadline()).contains(deadline);
        }
        assertThat(internship.source()).isEqualTo(DateSource.OFFICIAL);
    }

    /** "3 semaines du 30 ou 31 mars au 17 ou 18 avril 2026". */
    @Test
    void showsBothWorkweeksOfTheLibraryCuratorsObservation() {
        ScheduledInternship observation = SCHEDULE.of(Corps.CONSERVATEUR_BIBLIOTHEQUES).internship(InternshipType.OBSERVATION)
                .orElseThrow();
        assertThat(observation.defaultPeriod().workweek()).isEqualTo(Workweek.MONDAY_TO_FRIDAY);
        assertThat(observation.variants()).containsExactly(new WorkweekPeriod(Workweek.TUESDAY_TO_SATURDAY,
                DateRange.ofClosed(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 18))));
    }

    @Test
    void givesTheConservateursDuPatrimoineNoScheduleSinceTheInpPlacesThem() {
        CorpsSchedule patrimoine = SCHEDULE.of(Corps.CONSERVATEUR_PATRIMOINE);
        assertThat(patrimoine.placedBy()).isEqualTo(Institute.INP);
        assertThat(patrimoine.internships()).isEmpty();
        assertThat(patrimoine.schooling()).isEmpty();
    }

    /** The projection rules, applied to 2026 itself, give back every published date. */
    @Test
    void projectionRulesReproduceThe2026Dates() {
        OfficialCalendar empty = OfficialCalendar.empty(CohortYear.of(2026));
        CohortSchedule projected = Schedules.of(Editions.current()).withOfficial(empty).forCohort(CohortYear.of(2026));
        assertThat(projected.isProjected()).isTrue();
        for (CorpsSchedule corps : SCHEDULE.schedules()) {
            assertThat(projected.of(corps.corps()).schooling()).isEqualTo(corps.schooling());
            for (ScheduledInternship official : corps.internships()) {
                ScheduledInternship same = projected.of(corps.corps()).internship(official.type()).orElseThrow();
                assertThat(same.allPeriods()).as(official.toString()).isEqualTo(official.allPeriods());
                assertThat(same.offerDeadline()).as(official.toString()).isEqualTo(official.offerDeadline());
            }
        }
    }

    /** The built-in file is valid; its only remark is the collective projects' 10 calendar weeks for 9 declared. */
    @Test
    void builtInCalendarIsValidAndWarnsOfTheCollectiveProjectsTenCalendarWeeks() {
        OfficialCalendarReader.Result result = OfficialCalendars.check();
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.problems()).extracting(CalendarProblem::code).containsOnly("CALENDAR_WEEKS_DIFFER");
        assertThat(result.problems()).extracting(CalendarProblem::path).containsExactly(
                "$.schedules[0].stages[2]", "$.schedules[1].stages[2]", "$.schedules[2].stages[1]");
        assertThat(result.problems().get(0).message().en()).isEqualTo("the period spans 10 calendar weeks for 9 declared weeks");
    }

    /** Loaded at run time without the holiday checks (to spare loading Jollyday), it is the same calendar. */
    @Test
    void builtInCalendarIsTheOneCheckedAgainstThePublicHolidays() {
        OfficialCalendar checked = OfficialCalendars.check().calendar().orElseThrow();
        OfficialCalendar loaded = OfficialCalendars.builtIn();

        assertThat(loaded.cohort()).isEqualTo(checked.cohort());
        for (fr.cnfpt.inet.stages.domain.corps.Corps corps : fr.cnfpt.inet.stages.domain.corps.Corps.values()) {
            assertThat(loaded.schooling(corps)).isEqualTo(checked.schooling(corps));
            for (fr.cnfpt.inet.stages.domain.internship.InternshipType type
                    : fr.cnfpt.inet.stages.domain.internship.InternshipType.values()) {
                assertThat(loaded.dates(corps, type).map(d -> List.of(d.period(), d.variants(), d.offerDeadline())))
                        .as(corps + " " + type)
                        .isEqualTo(checked.dates(corps, type).map(d -> List.of(d.period(), d.variants(), d.offerDeadline())));
            }
        }
    }
}
