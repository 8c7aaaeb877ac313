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
import fr.cnfpt.inet.stages.architecture.fixture.importapi.importer.csv.CsvTokenizer;
import fr.cnfpt.inet.stages.architecture.fixture.importapi.importer.spi.Problem;
import fr.cnfpt.inet.stages.architecture.fixture.importapi.reporting.CellCounts;
import fr.cnfpt.inet.stages.architecture.fixture.importapi.reporting.ProblemCounts;
import org.junit.jupiter.api.Test;

/**
 * Guards the boundary of inet-import: inet-reporting, inet-planning and the CLI use only its public API packages
 * ({@link ArchitectureRules#IMPORT_API}), never its importers' internals.
 */
@AnalyzeClasses(packages = PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ModulesUseOnlyTheImportsPublicApiTest {

    private static final String FIXTURE = "fr.cnfpt.inet.stages.architecture.fixture.importapi";

    @ArchTest
    static final ArchRule reporting_uses_only_the_imports_public_api =
            ArchitectureRules.usesOnlyTheImportsPublicApi(PRODUCTION_ROOT, "reporting");

    @ArchTest
    static final ArchRule planning_uses_only_the_imports_public_api =
            ArchitectureRules.usesOnlyTheImportsPublicApi(PRODUCTION_ROOT, "planning");

    @ArchTest
    static final ArchRule cli_uses_only_the_imports_public_api =
            ArchitectureRules.usesOnlyTheImportsPublicApi(PRODUCTION_ROOT, "cli");

    @Test
    void catchesReportingUsingTheImportsInternals() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

        assertThatThrownBy(() -> ArchitectureRules.usesOnlyTheImportsPublicApi(FIXTURE, "reporting").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(CellCounts.class.getName())
                .hasMessageContaining(CsvTokenizer.class.getName())
                .hasMessageNotContaining(ProblemCounts.class.getName());
    }

    @Test
    void acceptsReportingUsingThePublicApi() {
        JavaClasses publicApi = new ClassFileImporter().importClasses(ProblemCounts.class, Problem.class);

        assertThatCode(() -> ArchitectureRules.usesOnlyTheImportsPublicApi(FIXTURE, "reporting").check(publicApi))
                .doesNotThrowAnyException();
    }
}
