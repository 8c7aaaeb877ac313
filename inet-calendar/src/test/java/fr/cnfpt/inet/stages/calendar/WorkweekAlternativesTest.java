package fr.cnfpt.inet.stages.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.calendar.days.WorkingDays;
import fr.cnfpt.inet.stages.calendar.days.Workweek;
import fr.cnfpt.inet.stages.calendar.official.OfficialCalendars;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library curators' observation runs Monday to Friday or Tuesday to Saturday (libraries often
 * open Tuesday to Saturday): "3 semaines du 30 ou 31 mars au 17 ou 18 avril 2026". The
 * Tuesday-to-Saturday period is computed from the same calendar weeks for every cohort, never
 * pasted, and no alternative is ever written twice.
 */
class WorkweekAlternativesTest {

    private static final Schedules NATIONAL = Schedules.of(Editions.current());
    private static final Schedules ALSACE = NATIONAL.withHolidays(PublicHolidays.forDepartement(Departement.of("67")));
    /** "30 ou 30", "1er ou 1er", "16 or 16": the same day offered as its own alternative. */
    private static final Pattern DOUBLED = Pattern.compile("\\b(\\d+(?:er)?) (?:ou|or) \\1\\b");

    static Stream<Arguments> cohorts() {
        return IntStream.rangeClosed(2020, 2040).boxed().flatMap(year -> Stream.of(
                Arguments.of(year, "FR", NATIONAL), Arguments.of(year, "67", ALSACE)));
    }

    private static ScheduledInternship observation(Schedules schedules, int year) {
        return schedules.forCohort(CohortYear.of(year)).of(Corps.CONSERVATEUR_BIBLIOTHEQUES)
                .internship(InternshipType.OBSERVATION).orElseThrow();
    }

    /** The seed: "3 semaines du 30 ou 31 mars au 17 ou 18 avril 2026", computed from "30 mars au 17 avril". */
    @Test
    void computesThe2026TuesdayToSaturdayWeeksOfTheSeed() throws java.io.IOException {
        ScheduledInternship observation = observation(NATIONAL, 2026);
        assertThat(observation.source()).isEqualTo(DateSource.OFFICIAL);
        try (var in = OfficialCalendars.class.getResourceAsStream(OfficialCalendars.BUILT_IN_RESOURCE)) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .as("the built-in calendar pastes no variant").doesNotContain("variants", "TUESDAY_TO_SATURDAY");
        }
        assertThat(DatesInWords.of(observation, Language.FR)).isEqualTo("du 30 ou 31 mars au 17 ou 18 avril 2026");
        assertThat(DatesInWords.of(observation, Language.EN)).isEqualTo("from 30 or 31 March to 17 or 18 April 2026");
    }

    /** Easter Monday 29 March 2027: both workweeks start on Tuesday 30 March. */
    @Test
    void writesThe2027StartOnceSinceEasterMondayMakesBothWorkweeksStartOnTuesday() {
        ScheduledInternship observation = observation(NATIONAL, 2027);
        assertThat(observation.source()).isEqualTo(DateSource.PROJECTED);
        assertThat(DatesInWords.of(observation, Language.FR)).isEqualTo("du 30 mars au 16 ou 17 avril 2027");
        assertThat(DatesInWords.of(observation, Language.EN)).isEqualTo("from 30 March to 16 or 17 April 2027");
    }

    @ParameterizedTest(name = "cohort {0}, holidays {1}")
    @MethodSource("cohorts")
    void givesTheLibraryCuratorsObservationATuesdayToSaturdayPeriodInTheSameWeeks(int year, String zone, Schedules schedules) {
        ScheduledInternship observation = observation(schedules, year);
        assertThat(observation.variants()).singleElement().satisfies(variant -> {
            assertThat(variant.workweek()).isEqualTo(Workweek.TUESDAY_TO_SATURDAY);
            assertThat(variant.period()).isEqualTo(WorkingDays.of(schedules.holidays(), Workweek.TUESDAY_TO_SATURDAY)
                    .sameWeeks(observation.period()));
            assertThat(WorkingDays.calendarWeeks(variant.period())).isEqualTo(observation.calendarWeeks());
        });
    }

    @ParameterizedTest(name = "cohort {0}, holidays {1}")
    @MethodSource("cohorts")
    void neverWritesADoubledAlternativeForAnyInternship(int year, String zone, Schedules schedules) {
        schedules.forCohort(CohortYear.of(year)).internships().forEach(internship -> {
            for (Language language : Language.values()) {
                String words = DatesInWords.of(internship, language);
                assertThat(DOUBLED.matcher(words).find()).as(internship + ": " + words).isFalse();
                String either = internship.variants().isEmpty() ? words
                        : DatesInWords.eitherPeriod(internship.period(), internship.variants().get(0).period(), language);
                assertThat(either).as("eitherPeriod of " + internship).isEqualTo(words);
            }
        });
    }

    @ParameterizedTest(name = "cohort {0}, holidays {1}")
    @MethodSource("cohorts")
    void givesEveryOtherInternshipOnePeriod(int year, String zone, Schedules schedules) {
        schedules.forCohort(CohortYear.of(year)).internships()
                .filter(i -> !(i.corps() == Corps.CONSERVATEUR_BIBLIOTHEQUES && i.type() == InternshipType.OBSERVATION))
                .forEach(i -> assertThat(i.variants()).as(i.toString()).isEmpty());
    }
}
