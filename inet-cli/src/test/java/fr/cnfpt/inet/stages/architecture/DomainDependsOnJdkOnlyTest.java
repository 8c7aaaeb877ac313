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
import fr.cnfpt.inet.stages.architecture.fixture.jdkonly.domain.FileReadingOffer;
import fr.cnfpt.inet.stages.architecture.fixture.jdkonly.domain.JsonWritingOffer;
import fr.cnfpt.inet.stages.architecture.fixture.jdkonly.domain.PlainOffer;
import org.junit.jupiter.api.Test;

/**
 * Guards the purity of inet-domain: it depends on the JDK alone and does no I/O, so that any team
 * can embed it without a library or a file system coming along.
 */
@AnalyzeClasses(packages = PRODUCTION_ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class DomainDependsOnJdkOnlyTest {

    private static final String FIXTURE = "fr.cnfpt.inet.stages.architecture.fixture.jdkonly";

    @ArchTest
    static final ArchRule domain_depends_on_the_jdk_only = ArchitectureRules.domainDependsOnTheJdkOnly(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule domain_does_no_io = ArchitectureRules.domainDoesNoIo(PRODUCTION_ROOT);

    private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void catchesDomainClassUsingFiles() {
        assertThatThrownBy(() -> ArchitectureRules.domainDoesNoIo(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(FileReadingOffer.class.getName())
                .hasMessageContaining("java.nio.file.Files");
    }

    @Test
    void catchesDomainClassUsingALibrary() {
        assertThatThrownBy(() -> ArchitectureRules.domainDependsOnTheJdkOnly(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(JsonWritingOffer.class.getName())
                .hasMessageContaining("com.fasterxml.jackson.databind.ObjectMapper");
    }

    @Test
    void acceptsSerializableDomainClassOfJdkValues() {
        JavaClasses plain = new ClassFileImporter().importClasses(PlainOffer.class);

        assertThatCode(() -> ArchitectureRules.domainDependsOnTheJdkOnly(FIXTURE).check(plain))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureRules.domainDoesNoIo(FIXTURE).check(plain))
                .doesNotThrowAnyException();
    }
}
