package fr.cnfpt.inet.stages.reporting.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The report plugins available: those found with {@link ServiceLoader} and those registered
 * directly (by embedding applications and tests). Ids are unique: a second report with an id
 * already registered is refused, naming both classes.
 * <p>
 * This class is thread-safe.
 */
public final class ReportRegistry {

    private final Map<String, ReportPlugin> plugins = new LinkedHashMap<>();

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
        ServiceLoader.load(ReportPlugin.class, Objects.requireNonNull(loader, "loader")).forEach(registry::register);
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
    public synchronized ReportRegistry register(ReportPlugin plugin) {
        Objects.requireNonNull(plugin, "plugin");
        String id = plugin.id();
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a report plugin id is lower case letters, digits and dashes: " + id
                    + " (" + plugin.getClass().getName() + ")");
        }
        ReportPlugin previous = plugins.putIfAbsent(id, plugin);
        if (previous != null) {
            throw new IllegalStateException("two report plugins have the id '" + id + "': " + previous.getClass().getName()
                    + " and " + plugin.getClass().getName());
        }
        return this;
    }

    /**
     * Lists the plugins, in registration order.
     *
     * @return the plugins, not null
     */
    public synchronized List<ReportPlugin> all() {
        return Collections.unmodifiableList(new ArrayList<>(plugins.values()));
    }

    /**
     * Finds a report plugin by id.
     *
     * @param id  the id, not null
     * @return the plugin, or empty if none has that id
     */
    public synchronized Optional<ReportPlugin> byId(String id) {
        return Optional.ofNullable(plugins.get(Objects.requireNonNull(id, "id").toLowerCase(Locale.ROOT)));
    }
}
