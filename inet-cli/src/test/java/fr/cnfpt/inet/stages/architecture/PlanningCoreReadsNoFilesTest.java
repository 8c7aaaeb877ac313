package fr.cnfpt.inet.stages.architecture;

import static fr.cnfpt.inet.stages.architecture.ArchitectureRules.PRODUCTION_ROOT;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.cnfpt.inet.stages.architecture.fixture.planningcore.planning.ReadingSolver;
import fr.cnfpt.inet.stages.architecture.fixture.planningcore.planning.Solver;
import fr.cnfpt.inet.stages.architecture.fixture.planningcore.planning.run.Run;
import org.junit.jupiter.api.Test;

/**
 * The planner's core ({@code planning}) takes values and reads no file: only its run ({@code planning.run})
 * depends on inet-import.
 */
@AnalyzeClasses(packages = PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class PlanningCoreReadsNoFilesTest {

    private static final String FIXTURE = "fr.cnfpt.inet.stages.architecture.fixture.planningcore";

    @ArchTest
    static final ArchRule planning_core_reads_no_files = ArchitectureRules.planningCoreReadsNoFiles(PRODUCTION_ROOT);

    @Test
    void catchesACoreClassThatReadsFiles() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

        assertThatThrownBy(() -> ArchitectureRules.planningCoreReadsNoFiles(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ReadingSolver.class.getName())
                .hasMessageNotContaining(Run.class.getName() + ".")
                .hasMessageNotContaining(Solver.class.getName() + ".");
    }

    @Test
    void acceptsTheRunReadingFilesAndCallingTheCore() {
        JavaClasses fixture = new ClassFileImporter().importClasses(Run.class, Solver.class);

        assertThatCode(() -> ArchitectureRules.planningCoreReadsNoFiles(FIXTURE).check(fixture))
                .doesNotThrowAnyException();
    }
}
