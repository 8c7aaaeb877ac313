package fr.cnfpt.inet.stages.importer.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The importers available: those found with {@link ServiceLoader} and those registered directly
 * (by embedding applications and tests). Ids are unique: a second importer with an id already
 * registered is refused. A {@link PluginRegistry} of importers.
 * <p>
 * This class is thread-safe.
 */
public final class ImporterRegistry {

    private final PluginRegistry<Importer> importers =
            PluginRegistry.empty(Importer.class, Importer::id, "an importer", "importers");

    private ImporterRegistry() {
    }

    /**
     * Returns an empty registry, to fill with {@link #register(Importer)}.
     *
     * @return the registry, not null
     */
    public static ImporterRegistry empty() {
        return new ImporterRegistry();
    }

    /**
     * Returns a registry of every importer found with {@link ServiceLoader} in a class loader.
     *
     * @param loader  the class loader to search, not null
     * @return the registry, not null
     * @throws IllegalStateException if two importers share an id
     */
    public static ImporterRegistry load(ClassLoader loader) {
        ImporterRegistry registry = new ImporterRegistry();
        registry.importers.load(loader);
        return registry;
    }

    /**
     * Returns a registry of every importer found with {@link ServiceLoader} by this library's class loader.
     *
     * @return the registry, not null
     */
    public static ImporterRegistry load() {
        return load(ImporterRegistry.class.getClassLoader());
    }

    /**
     * Registers an importer.
     *
     * @param importer  the importer, not null
     * @return this registry
     * @throws IllegalStateException if an importer with the same id is already registered
     * @throws IllegalArgumentException if the id is not lower case letters, digits and dashes
     */
    public ImporterRegistry register(Importer importer) {
        importers.register(importer);
        return this;
    }

    /**
     * Lists the importers, in registration order.
     *
     * @return the importers, not null
     */
    public List<Importer> all() {
        return importers.all();
    }

    /**
     * Finds an importer by id.
     *
     * @param id  the id, not null
     * @return the importer, or empty if none has that id
     */
    public Optional<Importer> byId(String id) {
        return importers.byId(id);
    }

    /**
     * Finds the importer of a file from its name's extension.
     *
     * @param fileName  the file's name, not null
     * @param kind  the kind of records it holds, not null
     * @return the importer, or empty if none reads that extension and kind
     */
    public Optional<Importer> forFile(String fileName, RecordKind kind) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return importers.all().stream()
                .filter(i -> i.extensions().contains(extension) && i.kinds().contains(kind))
                .findFirst();
    }
}
