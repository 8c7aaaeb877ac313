package fr.cnfpt.inet.stages.calendar.official;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.DateSource;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A user's official calendar is checked, and every problem named by its JSON path. */
class OfficialCalendarReaderTest {

    private static OfficialCalendarReader.Result read(String json) throws IOException {
        return OfficialCalendarReader.of(Editions.current(), PublicHolidays.metropolitanFrance())
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String cohort2027(String stage) {
        return "{\"cohort\": 2027, \"schedules\": [{\"corps\": \"ADMINISTRATEUR\","
                + " \"schooling\": {\"start\": \"2027-02-01\", \"end\": \"2028-07-31\"}, \"stages\": [" + stage + "]}]}";
    }

    @Test
    void acceptsSomePublishedDatesAndProjectsTheOthers() throws IOException {
        OfficialCalendarReader.Result result = read(cohort2027(
                "{\"type\": \"OBSERVATION\", \"start\": \"2027-04-05\", \"end\": \"2027-04-30\", \"offerDeadline\": \"2026-11-23\"}"));
        assertThat(result.problems()).isEmpty();
        CohortSchedule schedule = Schedules.of(Editions.current()).withOfficial(result.calendar().orElseThrow())
                .forCohort(CohortYear.of(2027));
        ScheduledInternship observation = schedule.of(Corps.ADMINISTRATEUR).internship(InternshipType.OBSERVATION).orElseThrow();
        assertThat(observation.source()).isEqualTo(DateSource.OFFICIAL);
        assertThat(observation.offerDeadline()).contains(LocalDate.of(2026, 11, 23));
        assertThat(schedule.of(Corps.ADMINISTRATEUR).internship(InternshipType.THEMATIQUE).orElseThrow().source())
                .isEqualTo(DateSource.PROJECTED);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"OBSERVATION\", \"start\": \"2027-02-31\", \"end\": \"2027-04-30\"} | $.schedules[0].stages[0].start | BAD_DATE",
        "{\"type\": \"OBSERVATION\", \"start\": \"2027-04-30\", \"end\": \"2027-04-05\"} | $.schedules[0].stages[0].end | END_BEFORE_START",
        "{\"type\": \"OBSERVATION\", \"start\": \"2027-03-27\", \"end\": \"2027-04-30\"} | $.schedules[0].stages[0].start | NOT_A_WORKING_DAY",
        "{\"type\": \"OBSERVATION\", \"start\": \"2027-01-04\", \"end\": \"2027-01-29\"} | $.schedules[0].stages[0] | OUTSIDE_SCHOOLING",
        "{\"type\": \"PERFECTIONNEMENT\", \"start\": \"2027-04-05\", \"end\": \"2027-04-30\"} | $.schedules[0].stages[0].type | TYPE_NOT_IN_CURRICULUM",
        "{\"type\": \"STAGE_LIBRE\", \"start\": \"2027-04-05\", \"end\": \"2027-04-30\"} | $.schedules[0].stages[0].type | UNKNOWN_TYPE",
        "{\"type\": \"OBSERVATION\", \"weeks\": 5, \"start\": \"2027-04-05\", \"end\": \"2027-04-30\"} | $.schedules[0].stages[0].weeks | WEEKS_MISMATCH",
        "{\"type\": \"OBSERVATION\", \"start\": \"2027-04-05\", \"end\": \"2027-04-30\", \"offerDeadline\": \"2027-04-06\"} | $.schedules[0].stages[0].offerDeadline | DEADLINE_AFTER_START",
        "{\"type\": \"OBSERVATION\", \"start\": \"2027-04-05\", \"end\": \"2027-04-30\", \"offerDeadline\": \"2026-11-11\"} | $.schedules[0].stages[0].offerDeadline | NOT_A_WORKING_DAY",
        "{\"type\": \"OBSERVATION\", \"start\": \"2027-04-05\", \"end\": \"2027-04-30\", \"colour\": \"red\"} | $.schedules[0].stages[0].colour | UNKNOWN_FIELD",
        "{\"type\": \"OBSERVATION\", \"start\": \"2027-04-05\", \"end\": \"2027-04-30\", \"variants\": [{\"workweek\": \"SUNDAY\", \"start\": \"2027-03-30\", \"end\": \"2027-04-24\"}]} | $.schedules[0].stages[0].variants[0].workweek | BAD_WORKWEEK"
    })
    void reportsEachProblemWithItsJsonPath(String stage, String path, String code) throws IOException {
        OfficialCalendarReader.Result result = read(cohort2027(stage));
        assertThat(result.problems()).extracting(CalendarProblem::path, CalendarProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(path, code));
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.calendar()).isEmpty();
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() throws IOException {
        OfficialCalendarReader.Result result = read("{\"cohort\": 2027, \"schedules\": [{\"corps\": \"MAIRE\"},"
                + " {\"corps\": \"ADMINISTRATEUR\", \"stages\": [{\"type\": \"OBSERVATION\", \"start\": \"2027-13-01\","
                + " \"end\": \"2027-04-30\"}, {\"type\": \"THEMATIQUE\", \"start\": \"2027-04-20\", \"end\": \"2027-07-09\"},"
                + " {\"type\": \"PROJET_COLLECTIF\", \"start\": \"2027-07-05\", \"end\": \"2027-12-17\"}]}]}");
        assertThat(result.problems()).extracting(CalendarProblem::code)
                .contains("UNKNOWN_CORPS", "BAD_DATE", "OVERLAP_OR_ORDER");
    }

    @Test
    void namesTheLineAndColumnOfBrokenJson() throws IOException {
        OfficialCalendarReader.Result result = read("{\"cohort\": 2027,\n \"schedules\": [\n}");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("line 3, column");
            assertThat(p.code()).isEqualTo("NOT_JSON");
        });
    }

    @Test
    void refusesAKeyGivenTwiceNamingWhere() throws IOException {
        OfficialCalendarReader.Result result = read("{\"cohort\": 2027,\n \"cohort\": 2028, \"schedules\": []}");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("line 2, column");
            assertThat(p.code()).isEqualTo("NOT_JSON");
            assertThat(p.message().en()).contains("cohort");
        });
    }

    @Test
    void readsNumbersBooleansAndNullsLikeTheMapperDid() throws IOException {
        OfficialCalendarReader.Result result = read("{\"cohort\": 2027, \"schedules\": [], \"source\": null}");
        assertThat(result.problems()).extracting(CalendarProblem::code).doesNotContain("NOT_JSON");
        assertThat(read("").problems()).extracting(CalendarProblem::code).isNotEmpty();
    }

    @Test
    void refusesDatesForTheConservateursDuPatrimoine() throws IOException {
        OfficialCalendarReader.Result result = read("{\"cohort\": 2027, \"schedules\": [{\"corps\": \"CONSERVATEUR_PATRIMOINE\","
                + " \"stages\": [{\"type\": \"OBSERVATION\", \"start\": \"2027-04-05\", \"end\": \"2027-04-30\"}]}]}");
        assertThat(result.problems()).extracting(CalendarProblem::code).containsExactly("CORPS_NOT_PLACED_BY_INET");
    }
}
