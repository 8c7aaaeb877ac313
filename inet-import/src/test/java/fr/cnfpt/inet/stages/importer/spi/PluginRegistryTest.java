package fr.cnfpt.inet.stages.importer.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.importer.csv.CsvImporter;
import org.junit.jupiter.api.Test;

class PluginRegistryTest {

    /** A plugin interface of the test's own, with no provider listed in META-INF/services. */
    interface Greeter {
        String id();
    }

    record Hello(String id) implements Greeter {
    }

    record Bonjour(String id) implements Greeter {
    }

    private static PluginRegistry<Greeter> greeters() {
        return PluginRegistry.empty(Greeter.class, Greeter::id, "a greeter", "greeters");
    }

    @Test
    void listsPluginsInRegistrationOrderAndFindsThemByIdWhateverItsCase() {
        PluginRegistry<Greeter> registry = greeters().register(new Hello("hello")).register(new Bonjour("bonjour-2"));

        assertThat(registry.all()).extracting(Greeter::id).containsExactly("hello", "bonjour-2");
        assertThat(registry.byId("BONJOUR-2")).containsInstanceOf(Bonjour.class);
        assertThat(registry.byId("hallo")).isEmpty();
    }

    @Test
    void refusesASecondPluginWithAnIdAlreadyRegisteredNamingBothClasses() {
        PluginRegistry<Greeter> registry = greeters().register(new Hello("hello"));

        assertThatThrownBy(() -> registry.register(new Bonjour("hello")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("two greeters have the id 'hello': " + Hello.class.getName() + " and "
                        + Bonjour.class.getName());
        assertThat(registry.all()).hasSize(1);
    }

    @Test
    void refusesAnIdThatIsNotLowerCaseLettersDigitsAndDashes() {
        for (String id : new String[] {"Hello", "-hello", "hel lo", ""}) {
            assertThatThrownBy(() -> greeters().register(new Hello(id)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a greeter id is lower case letters, digits and dashes: " + id + " ("
                            + Hello.class.getName() + ")");
        }
        assertThatThrownBy(() -> greeters().register(new Hello(null))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadsTheProvidersListedForItsInterface() {
        PluginRegistry<Importer> importers = PluginRegistry.empty(Importer.class, Importer::id, "an importer",
                "importers").load(PluginRegistryTest.class.getClassLoader());

        assertThat(importers.all()).extracting(Importer::id).contains("csv");
        assertThat(importers.byId("csv")).containsInstanceOf(CsvImporter.class);
        assertThat(greeters().load(PluginRegistryTest.class.getClassLoader()).all()).isEmpty();
    }

    @Test
    void givesACopyOfItsPlugins() {
        PluginRegistry<Greeter> registry = greeters().register(new Hello("hello"));

        assertThatThrownBy(() -> registry.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        registry.register(new Bonjour("bonjour"));
        assertThat(registry.all()).hasSize(2);
    }
}
