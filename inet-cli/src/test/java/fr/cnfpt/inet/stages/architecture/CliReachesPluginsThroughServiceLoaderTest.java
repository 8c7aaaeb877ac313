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
import fr.cnfpt.inet.stages.architecture.fixture.plugins.cli.DialectCommand;
import fr.cnfpt.inet.stages.architecture.fixture.plugins.cli.GoodCommand;
import fr.cnfpt.inet.stages.architecture.fixture.plugins.cli.ValidateCommand;
import fr.cnfpt.inet.stages.architecture.fixture.plugins.importer.csv.CsvImporter;
import fr.cnfpt.inet.stages.architecture.fixture.plugins.importer.internal.Dialect;
import org.junit.jupiter.api.Test;

/**
 * Guards plugin discovery: the CLI knows importers and reports by their SPI interfaces and finds
 * them with ServiceLoader, so a plugin is added by a jar and a services file, not by editing the CLI.
 */
@AnalyzeClasses(packages = PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class CliReachesPluginsThroughServiceLoaderTest {

    private static final String FIXTURE = "fr.cnfpt.inet.stages.architecture.fixture.plugins";

    @ArchTest
    static final ArchRule cli_uses_plugins_only_through_their_spi =
            ArchitectureRules.cliUsesPluginsOnlyThroughTheirSpi(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule cli_does_not_depend_on_internals = ArchitectureRules.cliDoesNotDependOnInternals(PRODUCTION_ROOT);

    private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void catchesCommandCreatingAConcretePlugin() {
        assertThatThrownBy(() -> ArchitectureRules.cliUsesPluginsOnlyThroughTheirSpi(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ValidateCommand.class.getName())
                .hasMessageContaining(CsvImporter.class.getName())
                .hasMessageNotContaining(GoodCommand.class.getName());
    }

    @Test
    void catchesCommandUsingAModulesInternals() {
        assertThatThrownBy(() -> ArchitectureRules.cliDoesNotDependOnInternals(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(DialectCommand.class.getName())
                .hasMessageContaining(Dialect.class.getName());
    }

    @Test
    void acceptsCommandsLoadingPluginsWithServiceLoaderOrImplementingSpiCallbacks() {
        JavaClasses good = new ClassFileImporter().importPackages(FIXTURE + ".cli", FIXTURE + ".importer.spi")
                .that(com.tngtech.archunit.base.DescribedPredicate.describe("not the bad commands",
                        c -> !c.getName().startsWith(ValidateCommand.class.getName())
                                && !c.getName().startsWith(DialectCommand.class.getName())));

        assertThatCode(() -> ArchitectureRules.cliUsesPluginsOnlyThroughTheirSpi(FIXTURE).check(good))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureRules.cliDoesNotDependOnInternals(FIXTURE).check(good))
                .doesNotThrowAnyException();
    }
}
