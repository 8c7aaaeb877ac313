package fr.cnfpt.inet.stages.reporting.spi;

import fr.cnfpt.inet.stages.importer.spi.PluginRegistry;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The report plugins available: those found with {@link ServiceLoader} and those registered
 * directly (by embedding applications and tests). Ids are unique: a second report with an id
 * already registered is refused, naming both classes. A {@link PluginRegistry} of report plugins,
 * the mechanism it shares with the importers' registry.
 * <p>
 * This class is thread-safe.
 */
public final class ReportRegistry {

    private final PluginRegistry<ReportPlugin> plugins =
            PluginRegistry.empty(ReportPlugin.class, ReportPlugin::id, "a report plugin", "report plugins");

    private ReportRegistry() {
    }

    /**
     * Returns an empty registry, to fill with {@link #register(ReportPlugin)}.
     *
     * @return the registry, not null
     */
    public static ReportRegistry empty() {
        return new ReportRegistry();
    }

    /**
     * Returns a registry of every plugin found with {@link ServiceLoader} in a class loader.
     *
     * @param loader  the class loader to search, not null
     * @return the registry, not null
     * @throws IllegalStateException if two report plugins share an id
     */
    public static ReportRegistry load(ClassLoader loader) {
        ReportRegistry registry = new ReportRegistry();
        registry.plugins.load(loader);
        return registry;
    }

    /**
     * Returns a registry of every plugin found with {@link ServiceLoader} by this library's class loader.
     *
     * @return the registry, not null
     */
    public static ReportRegistry load() {
        return load(ReportRegistry.class.getClassLoader());
    }

    /**
     * Registers a report plugin.
     *
     * @param plugin  the plugin, not null
     * @return this registry
     * @throws IllegalStateException if a report plugin with the same id is already registered
     * @throws IllegalArgumentException if the id is not lower case letters, digits and dashes
     */
    public ReportRegistry register(ReportPlugin plugin) {
        plugins.register(plugin);
        return this;
    }

    /**
     * Lists the plugins, in registration order.
     *
     * @return the plugins, not null
     */
    public List<ReportPlugin> all() {
        return plugins.all();
    }

    /**
     * Lists the plugins of a family, in registration order.
     *
     * @param family  the family, not null
     * @return the plugins, not null
     */
    public List<ReportPlugin> ofFamily(ReportFamily family) {
        java.util.Objects.requireNonNull(family, "family");
        return all().stream().filter(plugin -> plugin.family() == family).toList();
    }

    /**
     * Finds a report plugin by id.
     *
     * @param id  the id, not null
     * @return the plugin, or empty if none has that id
     */
    public Optional<ReportPlugin> byId(String id) {
        return plugins.byId(id);
    }
}
