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

/**
 * The importers available: those found with {@link ServiceLoader} and those registered directly
 * (by embedding applications and tests). Ids are unique: a second importer with an id already
 * registered is refused.
 * <p>
 * This class is thread-safe.
 */
public final class ImporterRegistry {

    private final Map<String, Importer> importers = new LinkedHashMap<>();

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
        ServiceLoader.load(Importer.class, Objects.requireNonNull(loader, "loader")).forEach(registry::register);
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
    public synchronized ImporterRegistry register(Importer importer) {
        Objects.requireNonNull(importer, "importer");
        String id = importer.id();
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("an importer id is lower case letters, digits and dashes: " + id
                    + " (" + importer.getClass().getName() + ")");
        }
        Importer previous = importers.putIfAbsent(id, importer);
        if (previous != null) {
            throw new IllegalStateException("two importers have the id '" + id + "': " + previous.getClass().getName()
                    + " and " + importer.getClass().getName());
        }
        return this;
    }

    /**
     * Lists the importers, in registration order.
     *
     * @return the importers, not null
     */
    public synchronized List<Importer> all() {
        return Collections.unmodifiableList(new ArrayList<>(importers.values()));
    }

    /**
     * Finds an importer by id.
     *
     * @param id  the id, not null
     * @return the importer, or empty if none has that id
     */
    public synchronized Optional<Importer> byId(String id) {
        return Optional.ofNullable(importers.get(Objects.requireNonNull(id, "id").toLowerCase(Locale.ROOT)));
    }

    /**
     * Finds the importer of a file from its name's extension.
     *
     * @param fileName  the file's name, not null
     * @param kind  the kind of records it holds, not null
     * @return the importer, or empty if none reads that extension and kind
     */
    public synchronized Optional<Importer> forFile(String fileName, RecordKind kind) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return importers.values().stream()
                .filter(i -> i.extensions().contains(extension) && i.kinds().contains(kind))
                .findFirst();
    }
}
