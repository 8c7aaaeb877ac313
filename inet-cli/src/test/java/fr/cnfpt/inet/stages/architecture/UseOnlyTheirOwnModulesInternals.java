package fr.cnfpt.inet.stages.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Optional;

/**
 * The condition that a class depends on a class of an {@code internal} package only if both belong
 * to the same module, {@code <root>.<module>}: the first package segment after the root.
 */
final class UseOnlyTheirOwnModulesInternals extends ArchCondition<JavaClass> {

    private static final String INTERNAL = "internal";

    private final String root;

    UseOnlyTheirOwnModulesInternals(String root) {
        super("use internal packages of their own module only (modules being the packages %s.<module>)", root);
        this.root = root;
    }

    @Override
    public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> originModule = moduleOf(origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            String targetPackage = dependency.getTargetClass().getBaseComponentType().getPackageName();
            if (isInternal(targetPackage) && !moduleOf(targetPackage).equals(originModule)) {
                String message = String.format("%s reaches into the internal package %s of another module",
                        dependency.getDescription(), targetPackage);
                events.add(SimpleConditionEvent.violated(dependency, message));
            }
        }
    }

    private static boolean isInternal(String packageName) {
        return Arrays.asList(packageName.split("\\.")).contains(INTERNAL);
    }

    private Optional<String> moduleOf(String packageName) {
        String prefix = root + ".";
        if (!packageName.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = packageName.substring(prefix.length());
        int end = rest.indexOf('.');
        return Optional.of(end < 0 ? rest : rest.substring(0, end));
    }
}
