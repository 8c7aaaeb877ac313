package fr.cnfpt.inet.stages.architecture;

import static fr.cnfpt.inet.stages.architecture.ArchitectureRules.PRODUCTION_ROOT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.cnfpt.inet.stages.architecture.fixture.cycle.a.Alpha;
import fr.cnfpt.inet.stages.architecture.fixture.cycle.b.Beta;
import org.junit.jupiter.api.Test;

/**
 * Guards against cycles between packages: every package may be understood, tested and moved after
 * the packages it needs. Each package is its own slice, sub-packages included.
 */
@AnalyzeClasses(packages = PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class NoPackageCyclesTest {

    private static final String FIXTURE = "fr.cnfpt.inet.stages.architecture.fixture.cycle";

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = ArchitectureRules.noPackageCycles(PRODUCTION_ROOT);

    @Test
    void catchesTwoPackagesNeedingEachOther() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

        assertThatThrownBy(() -> ArchitectureRules.noPackageCycles(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Alpha.class.getName())
                .hasMessageContaining(Beta.class.getName());
    }
}
