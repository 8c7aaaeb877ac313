package fr.cnfpt.inet.stages.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.focus_shift.jollyday.core.spi.HolidayConfigurations;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Jollyday invokes, by reflection, every method of {@link ExportedHolidayConfigurations} that returns a
 * parameterized type, and picks a parser by its type argument: the class must declare the interface's
 * methods and nothing else of the kind, all public.
 */
class ExportedHolidayConfigurationsTest {

    @Test
    void declaresExactlyTheMethodsJollydayInvokes() {
        assertThat(signatures(ExportedHolidayConfigurations.class.getDeclaredMethods()))
                .isEqualTo(signatures(HolidayConfigurations.class.getMethods()));
    }

    @Test
    void isPublicWithPublicMethods() {
        assertThat(Modifier.isPublic(ExportedHolidayConfigurations.class.getModifiers())).isTrue();
        assertThat(ExportedHolidayConfigurations.class.getDeclaredMethods())
                .allMatch(method -> Modifier.isPublic(method.getModifiers()));
    }

    @Test
    void isExportedToJollydayWhenTheCalendarIsANamedModule() {
        Module calendar = ExportedHolidayConfigurations.class.getModule();
        Module jollyday = HolidayConfigurations.class.getModule();
        assumeTrue(calendar.isNamed(), "the tests run on the class path");
        assertThat(calendar.isExported(ExportedHolidayConfigurations.class.getPackageName(), jollyday)).isTrue();
        assertThat(calendar.isExported(ExportedHolidayConfigurations.class.getPackageName())).isFalse();
    }

    private static Set<String> signatures(Method[] methods) {
        return Arrays.stream(methods)
                .map(method -> method.getName() + " " + method.getGenericReturnType().getTypeName())
                .collect(Collectors.toSet());
    }
}
