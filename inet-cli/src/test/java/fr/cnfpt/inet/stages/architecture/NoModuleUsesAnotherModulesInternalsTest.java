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
import fr.cnfpt.inet.stages.architecture.fixture.internals.domain.edition.Editions;
import fr.cnfpt.inet.stages.architecture.fixture.internals.domain.edition.internal.Secret;
import fr.cnfpt.inet.stages.architecture.fixture.internals.reporting.Brochure;
import org.junit.jupiter.api.Test;

/**
 * Guards each module's freedom to change its {@code internal} packages: only the module that owns
 * an internal package may use it.
 */
@AnalyzeClasses(packages = PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class NoModuleUsesAnotherModulesInternalsTest {

    private static final String FIXTURE = "fr.cnfpt.inet.stages.architecture.fixture.internals";

    @ArchTest
    static final ArchRule no_module_uses_another_modules_internals =
            ArchitectureRules.noModuleUsesAnotherModulesInternals(PRODUCTION_ROOT);

    @Test
    void catchesReportingUsingTheDomainsInternals() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

        assertThatThrownBy(() -> ArchitectureRules.noModuleUsesAnotherModulesInternals(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Brochure.class.getName())
                .hasMessageContaining(Secret.class.getName())
                .hasMessageNotContaining(Editions.class.getName());
    }

    @Test
    void acceptsModuleUsingItsOwnInternals() {
        JavaClasses sameModule = new ClassFileImporter().importClasses(Editions.class, Secret.class);

        assertThatCode(() -> ArchitectureRules.noModuleUsesAnotherModulesInternals(FIXTURE).check(sameModule))
                .doesNotThrowAnyException();
    }
}
