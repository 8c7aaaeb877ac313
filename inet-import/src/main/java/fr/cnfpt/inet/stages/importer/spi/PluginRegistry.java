package fr.cnfpt.inet.stages.importer.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The mechanism of a plugin registry, after JUnit 5's engine registry: plugins found with
 * {@link ServiceLoader} and plugins registered directly (by embedding applications and tests),
 * each with an id of lower case letters, digits and dashes; a second plugin with an id already
 * registered is refused, naming both classes. {@link ImporterRegistry} and the report registry
 * of inet-reporting are each one of these.
 * <p>
 * This class is thread-safe.
 *
 * @param <P>  the plugin interface
 */
public final class PluginRegistry<P> {

    private final Class<P> type;
    private final Function<? super P, String> id;
    private final String onePlugin;
    private final String plugins;
    private final Map<String, P> byId = new LinkedHashMap<>();

    private PluginRegistry(Class<P> type, Function<? super P, String> id, String onePlugin, String plugins) {
        this.type = Objects.requireNonNull(type, "type");
        this.id = Objects.requireNonNull(id, "id");
        this.onePlugin = Objects.requireNonNull(onePlugin, "onePlugin");
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    /**
     * Returns an empty registry.
     *
     * @param <P>  the plugin interface
     * @param type  the plugin interface, as {@link ServiceLoader} looks it up, not null
     * @param id  the id of a plugin, such as {@code Importer::id}, not null
     * @param onePlugin  how messages name one plugin, with its article: "an importer", not null
     * @param plugins  how messages name several: "importers", not null
     * @return the registry, not null
     */
    public static <P> PluginRegistry<P> empty(Class<P> type, Function<? super P, String> id, String onePlugin,
            String plugins) {
        return new PluginRegistry<>(type, id, onePlugin, plugins);
    }

    /**
     * Registers every plugin found with {@link ServiceLoader} in a class loader.
     *
     * @param loader  the class loader to search, not null
     * @return this registry
     * @throws IllegalStateException if two plugins share an id
     * @throws IllegalArgumentException if an id is not lower case letters, digits and dashes
     */
    public PluginRegistry<P> load(ClassLoader loader) {
        ServiceLoader.load(type, Objects.requireNonNull(loader, "loader")).forEach(this::register);
        return this;
    }

    /**
     * Registers a plugin.
     *
     * @param plugin  the plugin, not null
     * @return this registry
     * @throws IllegalStateException if a plugin with the same id is already registered
     * @throws IllegalArgumentException if the id is not lower case letters, digits and dashes
     */
    public synchronized PluginRegistry<P> register(P plugin) {
        Objects.requireNonNull(plugin, "plugin");
        String pluginId = id.apply(plugin);
        if (pluginId == null || !pluginId.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException(onePlugin + " id is lower case letters, digits and dashes: " + pluginId
                    + " (" + plugin.getClass().getName() + ")");
        }
        P previous = byId.putIfAbsent(pluginId, plugin);
        if (previous != null) {
            throw new IllegalStateException("two " + plugins + " have the id '" + pluginId + "': "
                    + previous.getClass().getName() + " and " + plugin.getClass().getName());
        }
        return this;
    }

    /**
     * Lists the plugins, in registration order.
     *
     * @return the plugins, an unmodifiable copy, not null
     */
    public synchronized List<P> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    /**
     * Finds a plugin by id, whatever its case.
     *
     * @param pluginId  the id, not null
     * @return the plugin, or empty if none has that id
     */
    public synchronized Optional<P> byId(String pluginId) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(pluginId, "id").toLowerCase(Locale.ROOT)));
    }
}
