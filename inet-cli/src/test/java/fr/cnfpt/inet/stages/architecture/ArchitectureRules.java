package fr.cnfpt.inet.stages.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.Serializable;
import java.util.List;

/**
 * The architecture rules of inet-stages, each built for a root package, so that the same rule
 * guards the production code ({@link #PRODUCTION_ROOT}) and the fixture packages that break it on
 * purpose. Under a root, each module owns the packages {@code <root>.<module>..}.
 */
final class ArchitectureRules {

    /** The root package of every production class. */
    static final String PRODUCTION_ROOT = "fr.cnfpt.inet.stages";

    /**
     * The packages of inet-import ({@code <root>.importer}) that other modules may use, its public
     * API; the others ({@code csv}, {@code json}, {@code xlsx}, {@code columns}) are its internals.
     */
    static final List<String> IMPORT_API = List.of("spi", "validation", "run", "dataset", "editionfile", "export", "memory",
            "catalogue");

    private ArchitectureRules() {
    }

    static ArchRule domainDependsOnTheJdkOnly(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain is embedded by other teams and must not drag in a library");
    }

    static ArchRule domainDoesNoIo(String root) {
        DescribedPredicate<JavaClass> ioTypes = resideInAnyPackage(
                "java.io..", "java.nio.file..", "java.net..", "java.sql..", "java.util.logging..")
                .and(not(equivalentTo(Serializable.class)))
                .as("I/O, network, database or logging types of the JDK (java.io.Serializable aside)");
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat(ioTypes)
                .because("the domain computes on values; reading and writing belong to the other modules");
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("each package must be understood and tested after the packages it needs");
    }

    static ArchRule onlyTheCliWritesToStandardStreams(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("only the inet command decides what reaches the console");
    }

    static ArchRule cliUsesPluginsOnlyThroughTheirSpi(String root) {
        DescribedPredicate<JavaClass> concretePlugins = assignableTo(resideInAPackage(root + "..spi.."))
                .and(not(resideInAPackage("..spi..")))
                .and(not(resideInAPackage(root + ".cli..")))
                .as("plugin implementations (types extending or implementing a type of '%s..spi..' outside any spi"
                        + " package and outside the CLI, whose own callbacks such as a RowSink are not plugins)", root);
        return noClasses().that().resideInAPackage(root + ".cli..")
                .should().dependOnClassesThat(concretePlugins)
                .because("plugins are found with ServiceLoader, never named by the CLI")
                .allowEmptyShould(true);
    }

    static ArchRule cliDoesNotDependOnInternals(String root) {
        return noClasses().that().resideInAPackage(root + ".cli..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("the CLI goes through the public surface of each module")
                .allowEmptyShould(true);
    }

    static ArchRule noModuleUsesAnotherModulesInternals(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new UseOnlyTheirOwnModulesInternals(root));
    }

    static ArchRule usesOnlyTheImportsPublicApi(String root, String module) {
        String[] api = IMPORT_API.stream().map(p -> root + ".importer." + p + "..").toArray(String[]::new);
        DescribedPredicate<JavaClass> internals = resideInAPackage(root + ".importer..")
                .and(not(resideInAnyPackage(api)))
                .as("classes of inet-import outside its public API (%s.importer.%s)", root, IMPORT_API);
        return noClasses().that().resideInAPackage(root + "." + module + "..")
                .should().dependOnClassesThat(internals)
                .because("inet-import may change its internals without breaking the modules that use it")
                .allowEmptyShould(true);
    }

    static ArchRule planningCoreReadsNoFiles(String root) {
        return noClasses().that().resideInAPackage(root + ".planning..")
                .and().resideOutsideOfPackage(root + ".planning.run..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".importer..", root + ".planning.run..")
                .because("the planner's core takes values; only its run (planning.run) reads files, through the"
                        + " import run")
                .allowEmptyShould(true);
    }
}
