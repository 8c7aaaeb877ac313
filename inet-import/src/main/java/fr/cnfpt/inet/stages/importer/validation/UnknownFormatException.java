package fr.cnfpt.inet.stages.importer.validation;

/**
 * Thrown when no importer reads a file: its extension is unknown and no format was given, or the
 * format given has no importer for that kind of records.
 */
public final class UnknownFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  what was asked and what is available, not null
     */
    public UnknownFormatException(String message) {
        super(message);
    }
}
