package fr.cnfpt.inet.stages.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.calendar.days.WorkingDays;
import fr.cnfpt.inet.stages.calendar.days.Workweek;
import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants of every schedule, for every cohort from 2020 to 2040 and every corps, with the
 * holidays of mainland France and of Alsace-Moselle.
 */
class ProjectionInvariantsTest {

    private static final Schedules NATIONAL = Schedules.of(Editions.current());
    private static final Schedules ALSACE = NATIONAL.withHolidays(PublicHolidays.forDepartement(Departement.of("67")));

    static Stream<Arguments> cohorts() {
        return IntStream.rangeClosed(2020, 2040).boxed().flatMap(year -> Stream.of(
                Arguments.of(year, "FR", NATIONAL), Arguments.of(year, "67", ALSACE)));
    }

    @ParameterizedTest(name = "cohort {0}, holidays {1}")
    @MethodSource("cohorts")
    void startsAndEndsEveryInternshipOnAWorkingDayOfItsHostsWorkweek(int year, String zone, Schedules schedules) {
        schedules.forCohort(CohortYear.of(year)).internships().forEach(internship -> {
            for (WorkweekPeriod period : internship.allPeriods()) {
                WorkingDays days = WorkingDays.of(schedules.holidays(), period.workweek());
                assertThat(days.isWorkingDay(period.period().firstDay())).as(internship + " first day").isTrue();
                assertThat(days.isWorkingDay(period.period().lastDay())).as(internship + " last day").isTrue();
            }
        });
    }

    /**
     * The period spans the declared weeks, holiday shifts staying inside the first and last weeks;
     * the collective project spans one more calendar week than declared, as the 2026-2027 brochure
     * does ("9 semaines du 12 octobre au 18 décembre 2026", reported by the audit as CALENDAR_WEEKS_DIFFER).
     */
    @ParameterizedTest(name = "cohort {0}, holidays {1}")
    @MethodSource("cohorts")
    void spansTheDeclaredWeeks(int year, String zone, Schedules schedules) {
        schedules.forCohort(CohortYear.of(year)).internships().forEach(internship -> {
            long expected = internship.weeks().value() + (internship.type() == InternshipType.PROJET_COLLECTIF ? 1 : 0);
            for (WorkweekPeriod period : internship.allPeriods()) {
                assertThat(WorkingDays.calendarWeeks(period.period())).as(internship.toString()).isEqualTo(expected);
                assertThat(workingDaysIn(period, schedules)).as(internship + " working days")
                        .isBetween(5L * expected - 5, 5L * expected);
            }
        });
    }

    @ParameterizedTest(name = "cohort {0}, holidays {1}")
    @MethodSource("cohorts")
    void keepsTheBrochuresOrderWithoutOverlapInsideTheSchooling(int year, String zone, Schedules schedules) {
        for (CorpsSchedule corps : schedules.forCohort(CohortYear.of(year)).schedules()) {
            List<ScheduledInternship> internships = corps.internships();
            assertThat(internships).extracting(ScheduledInternship::type)
                    .containsExactlyElementsOf(Editions.current().catalogue().internshipsOf(corps.corps()).stream()
                            .map(i -> i.type()).toList());
            for (int i = 1; i < internships.size(); i++) {
                assertThat(internships.get(i - 1).period().lastDay()).isBefore(internships.get(i).period().firstDay());
            }
            for (ScheduledInternship internship : internships) {
                DateRange schooling = corps.schooling().orElseThrow();
                internship.allPeriods().forEach(p -> assertThat(schooling.encloses(p.period())).as(internship.toString()).isTrue());
            }
        }
    }

    @ParameterizedTest(name = "cohort {0}, holidays {1}")
    @MethodSource("cohorts")
    void setsEveryDeadlineOnAWorkingDayBeforeItsInternshipStarts(int year, String zone, Schedules schedules) {
        WorkingDays weekdays = WorkingDays.of(schedules.holidays(), Workweek.MONDAY_TO_FRIDAY);
        schedules.forCohort(CohortYear.of(year)).internships().forEach(internship ->
                internship.offerDeadline().ifPresent(deadline -> {
                    assertThat(weekdays.isWorkingDay(deadline)).as(internship + " deadline").isTrue();
                    assertThat(deadline).as(internship.toString()).isBefore(internship.period().firstDay());
                }));
    }

    /**
     * Every projected date stays within 3 days of the brochure's date, shifted by whole years, in every
     * year: years of 53 ISO weeks (2020, 2026, 2032, 2037) make no drift.
     */
    @ParameterizedTest
    @CsvSource({"2020", "2027", "2032", "2033", "2037", "2038"})
    void keepsEveryInternshipWithinThreeDaysOfItsBrochureDates(int year) {
        CohortSchedule reference = NATIONAL.forCohort(CohortYear.of(2026));
        CohortSchedule projected = NATIONAL.forCohort(CohortYear.of(year));
        projected.internships().forEach(internship -> {
            ScheduledInternship original = reference.of(internship.corps()).internship(internship.type()).orElseThrow();
            LocalDate expected = original.period().firstDay().plusYears(year - 2026L);
            assertThat(java.time.temporal.ChronoUnit.DAYS.between(expected, internship.period().firstDay()))
                    .as(internship.toString()).isBetween(-4L, 4L);
        });
    }

    /**
     * Easter Monday, Whit Monday or 1 May on a first day: the start moves to the Tuesday, as 26 May
     * 2026 and 18 May 2027 do in the brochure.
     */
    @ParameterizedTest(name = "cohort {0}: {1} {2} starts {3}")
    @CsvSource({
        "2026, ADMINISTRATEUR, THEMATIQUE, 2026-05-26",
        "2026, CONSERVATEUR_BIBLIOTHEQUES, PROFESSIONNALISATION, 2027-05-18",
        "2024, ADMINISTRATEUR, OBSERVATION, 2024-04-02",
        "2027, CONSERVATEUR_BIBLIOTHEQUES, OBSERVATION, 2027-03-30",
        "2040, INGENIEUR_EN_CHEF, PROJET_COLLECTIF, 2040-10-15",
        "2021, ADMINISTRATEUR, THEMATIQUE, 2021-05-25",
        "2037, CONSERVATEUR_BIBLIOTHEQUES, THEMATIQUE, 2037-05-26",
        "2034, CONSERVATEUR_BIBLIOTHEQUES, PROFESSIONNALISATION, 2035-05-15",
        "2022, ADMINISTRATEUR, PROFESSIONNALISATION, 2023-05-02",
        "2027, ADMINISTRATEUR, PROFESSIONNALISATION, 2028-05-02"
    })
    void movesAStartOffAHolidayToTheNextWorkingDay(int year, Corps corps, InternshipType type, LocalDate start) {
        ScheduledInternship internship = NATIONAL.forCohort(CohortYear.of(year)).of(corps).internship(type).orElseThrow();
        assertThat(internship.period().firstDay()).isEqualTo(start);
    }

    /** Good Friday is a holiday in Alsace-Moselle only: an observation ending on it ends the day before there. */
    @ParameterizedTest(name = "cohort {0}: {1} ends {2}, {3} in Alsace-Moselle")
    @CsvSource({"2025, CONSERVATEUR_BIBLIOTHEQUES, 2025-04-18, 2025-04-17", "2030, CONSERVATEUR_BIBLIOTHEQUES, 2030-04-19, 2030-04-18",
        "2038, ADMINISTRATEUR, 2038-04-23, 2038-04-22"})
    void endsAnObservationBeforeGoodFridayInAlsaceMoselle(int year, Corps corps, LocalDate national, LocalDate alsace) {
        assertThat(NATIONAL.forCohort(CohortYear.of(year)).of(corps)
                .internship(InternshipType.OBSERVATION).orElseThrow().period().lastDay()).isEqualTo(national);
        assertThat(ALSACE.forCohort(CohortYear.of(year)).of(corps)
                .internship(InternshipType.OBSERVATION).orElseThrow().period().lastDay()).isEqualTo(alsace);
    }

    private static long workingDaysIn(WorkweekPeriod period, Schedules schedules) {
        WorkingDays days = WorkingDays.of(schedules.holidays(), period.workweek());
        return period.period().days().filter(days::isWorkingDay).count();
    }
}
