package fr.cnfpt.inet.stages.architecture;

import static fr.cnfpt.inet.stages.architecture.ArchitectureRules.PRODUCTION_ROOT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.cnfpt.inet.stages.architecture.fixture.streams.cli.Console;
import fr.cnfpt.inet.stages.architecture.fixture.streams.importer.NoisyImporter;
import fr.cnfpt.inet.stages.architecture.fixture.streams.reporting.CarelessReport;
import org.junit.jupiter.api.Test;

/**
 * Guards the console: only the CLI touches {@code System.out} and {@code System.err} or prints
 * stack traces; the other modules return values and throw exceptions.
 */
@AnalyzeClasses(packages = PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class OnlyCliWritesToStandardStreamsTest {

    private static final String FIXTURE = "fr.cnfpt.inet.stages.architecture.fixture.streams";

    @ArchTest
    static final ArchRule only_the_cli_writes_to_standard_streams =
            ArchitectureRules.onlyTheCliWritesToStandardStreams(PRODUCTION_ROOT);

    private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void catchesImporterPrintingToStandardOutput() {
        assertThatThrownBy(() -> ArchitectureRules.onlyTheCliWritesToStandardStreams(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(NoisyImporter.class.getName())
                .hasMessageContaining("System.out");
    }

    @Test
    void catchesReportPrintingAStackTrace() {
        assertThatThrownBy(() -> ArchitectureRules.onlyTheCliWritesToStandardStreams(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(CarelessReport.class.getName())
                .hasMessageContaining("printStackTrace");
    }

    @Test
    void letsTheCliPrint() {
        assertThatThrownBy(() -> ArchitectureRules.onlyTheCliWritesToStandardStreams(FIXTURE).check(fixture))
                .hasMessageNotContaining(Console.class.getName());
    }
}
