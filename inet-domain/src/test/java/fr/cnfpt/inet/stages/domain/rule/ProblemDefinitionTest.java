package fr.cnfpt.inet.stages.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.DomainException;
import org.junit.jupiter.api.Test;

class ProblemDefinitionTest {

    private enum Sample implements DefinedProblem {
        SAMPLE_PROBLEM;

        @Override
        public ProblemDefinition definition() {
            return ProblemDefinition.of(name(), Severity.WARNING, "sens", "meaning", "action fr", "action en");
        }
    }

    @Test
    void givesItsCodeSeverityMeaningAndActionToTheConstantHoldingIt() {
        assertThat(Sample.SAMPLE_PROBLEM.code()).isEqualTo("SAMPLE_PROBLEM");
        assertThat(Sample.SAMPLE_PROBLEM.severity()).isEqualTo(Severity.WARNING);
        assertThat(Sample.SAMPLE_PROBLEM.meaning().fr()).isEqualTo("sens");
        assertThat(Sample.SAMPLE_PROBLEM.action().en()).isEqualTo("action en");
    }

    @Test
    void refusesACodeThatIsNotUpperCaseWithUnderscores() {
        assertThatThrownBy(() -> ProblemDefinition.of("cell too long", Severity.ERROR, "a", "b", "c", "d"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void comparesByValue() {
        assertThat(ProblemDefinition.of("A_B", Severity.ERROR, "a", "b", "c", "d"))
                .isEqualTo(ProblemDefinition.of("A_B", Severity.ERROR, "a", "b", "c", "d"));
    }
}
