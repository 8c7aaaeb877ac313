package fr.cnfpt.inet.stages.importer.run;

import java.util.Objects;

/**
 * Thrown by an {@link ImportRun} when a file cannot be used at all, so that no file after it is
 * read: no importer reads it (its extension is unknown, or the importer asked for does not read its
 * kind), or it cannot be opened. A file that opens but holds faults is not this: its faults are
 * problems of its {@link fr.cnfpt.inet.stages.importer.validation.FileReport}.
 * <p>
 * The message says what went wrong in a few words, in English, and quotes no content of the file.
 */
public final class UnusableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The name of the file that could not be used. */
    private final String file;

    /**
     * Creates the exception.
     *
     * @param file  the file's name, not null
     * @param message  what went wrong, not null
     * @param cause  the failure, not null
     */
    public UnusableFileException(String file, String message, Exception cause) {
        super(Objects.requireNonNull(message, "message"), Objects.requireNonNull(cause, "cause"));
        this.file = Objects.requireNonNull(file, "file");
    }

    /** @return the name of the file that could not be used, not null */
    public String file() {
        return file;
    }
}
