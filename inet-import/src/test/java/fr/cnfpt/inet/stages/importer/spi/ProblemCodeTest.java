package fr.cnfpt.inet.stages.importer.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemCodeTest {

    @Test
    void listsEachCodeOnceInUpperCase() {
        List<String> codes = ProblemCode.all().stream().map(ProblemCode::code).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z][A-Z0-9_]*"));
        assertThat(codes).hasSize(FileProblem.values().length + RowProblem.values().length
                + DatasetProblem.values().length);
    }

    @Test
    void givesEveryProblemAMeaningAndAnActionInBothLanguages() {
        for (ProblemCode problem : ProblemCode.all()) {
            assertThat(List.of(problem.meaning().fr(), problem.meaning().en(), problem.action().fr(),
                    problem.action().en())).as(problem.code()).allMatch(text -> !text.isBlank());
        }
    }

    @Test
    void findsAProblemByItsCode() {
        assertThat(ProblemCode.of("CELL_TOO_LONG")).contains(RowProblem.CELL_TOO_LONG);
        assertThat(ProblemCode.of("TYPE_NOT_OPEN_TO_CORPS")).isEmpty();
    }

    @Test
    void givesAProblemOfTheCatalogueItsCodeAndSeverity() {
        Problem problem = Problem.ofFile("offres.csv", FileProblem.NO_DATA_ROWS, FileProblem.NO_DATA_ROWS.meaning());
        assertThat(problem.code()).isEqualTo("NO_DATA_ROWS");
        assertThat(problem.isError()).isFalse();
    }
}
