package fr.cnfpt.inet.stages.importer.run;

import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to read in an {@link ImportRun}: its name (in problems, and to choose an importer from its
 * extension), a way to open its content, the kind of records it holds and, if it is not to be chosen
 * from the extension, the importer that reads it.
 * <p>
 * This class is immutable and thread-safe if its content is.
 */
public final class ImportFile {

    private final String name;
    private final ImportRequest.Content content;
    private final RecordKind kind;
    private final String importer;

    private ImportFile(String name, ImportRequest.Content content, RecordKind kind, String importer) {
        this.name = Objects.requireNonNull(name, "name");
        this.content = Objects.requireNonNull(content, "content");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.importer = importer;
    }

    /**
     * Obtains a file on disk, named as the path is written.
     *
     * @param path  the file, not null
     * @param kind  what it holds, not null
     * @return the file, not null
     */
    public static ImportFile of(Path path, RecordKind kind) {
        Objects.requireNonNull(path, "path");
        return new ImportFile(path.toString(), () -> Files.newInputStream(path), kind, null);
    }

    /**
     * Obtains a file from any source: a stream that can be opened again from its start.
     *
     * @param name  the name shown in problems, whose extension chooses the importer, not null
     * @param content  opens the content from its start; may be called more than once, not null
     * @param kind  what it holds, not null
     * @return the file, not null
     */
    public static ImportFile of(String name, ImportRequest.Content content, RecordKind kind) {
        return new ImportFile(name, content, kind, null);
    }

    /**
     * Returns a copy read by an importer, whatever its extension.
     *
     * @param id  the importer's id ({@code csv}, {@code json}, {@code xlsx} or a plugin's), not null
     * @return the file, not null
     */
    public ImportFile withImporter(String id) {
        return new ImportFile(name, content, kind, Objects.requireNonNull(id, "id"));
    }

    /** @return the name shown in problems, not null */
    public String name() {
        return name;
    }

    /** @return opens the content from its start, not null */
    public ImportRequest.Content content() {
        return content;
    }

    /** @return what the file holds, not null */
    public RecordKind kind() {
        return kind;
    }

    /** @return the id of the importer chosen for this file, if one was */
    public Optional<String> importer() {
        return Optional.ofNullable(importer);
    }

    @Override
    public String toString() {
        return name + " (" + kind + (importer == null ? "" : ", " + importer) + ")";
    }
}
