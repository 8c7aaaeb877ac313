package fr.cnfpt.inet.stages.importer.spi;

import java.io.IOException;

/**
 * Thrown by the stream of {@link ImportRequest#openBounded()} when a file passes
 * {@link ImportLimits#maxFileBytes()}. Importers report it as a {@code FILE_TOO_LARGE} problem.
 */
public final class FileTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The limit passed, in bytes. */
    private final long limit;

    /**
     * Creates the exception.
     *
     * @param limit  the limit passed, in bytes
     */
    public FileTooLargeException(long limit) {
        super("the file is larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** @return the limit passed, in bytes */
    public long limit() {
        return limit;
    }
}
