package fr.cnfpt.inet.stages.calendar.official;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each problem of a calendar file has one definition, which gives the code and severity reported. */
class CalendarFileProblemTest {

    @Test
    void listsEachCodeOnceInUpperCase() {
        List<String> codes = CalendarFileProblem.all().stream().map(CalendarFileProblem::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z][A-Z0-9_]*"));
    }

    @Test
    void givesEveryProblemAMeaningAndAnActionInBothLanguages() {
        for (CalendarFileProblem problem : CalendarFileProblem.all()) {
            assertThat(List.of(problem.meaning().fr(), problem.meaning().en(), problem.action().fr(),
                    problem.action().en())).as(problem.code()).allMatch(text -> !text.isBlank());
        }
    }

    @Test
    void warnsOnlyOfCalendarWeeksThatDiffer() {
        assertThat(CalendarFileProblem.all()).filteredOn(p -> p.severity() == Severity.WARNING)
                .containsExactly(CalendarFileProblem.CALENDAR_WEEKS_DIFFER);
    }

    @Test
    void findsAProblemByItsCode() {
        assertThat(CalendarFileProblem.of("BAD_DATE")).contains(CalendarFileProblem.BAD_DATE);
        assertThat(CalendarFileProblem.of("CELL_TOO_LONG")).isEmpty();
    }

    @Test
    void givesAReportedProblemTheCodeAndSeverityOfItsDefinition() {
        CalendarProblem problem = new CalendarProblem("$.schedules[0].stages[0]", CalendarFileProblem.CALENDAR_WEEKS_DIFFER,
                CalendarFileProblem.CALENDAR_WEEKS_DIFFER.meaning());
        assertThat(problem.code()).isEqualTo("CALENDAR_WEEKS_DIFFER");
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.isError()).isFalse();
        assertThat(problem.toString()).startsWith("$.schedules[0].stages[0]: WARNING CALENDAR_WEEKS_DIFFER: ");
    }
}
