package fr.cnfpt.inet.stages.importer.editionfile;

/**
 * An edition file that cannot be read: not JSON, not of the edition format, or holding a value the
 * domain refuses. The message names the place: a line and column for a syntax error, a JSON path
 * ({@code $.internshipTypes[2].internships[0].weeks}) for a refused value.
 */
public final class EditionFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Where the problem is: a JSON path or "line L, column C". */
    private final String location;

    /**
     * Creates an exception.
     *
     * @param location  where the problem is: a JSON path or "line L, column C", not null
     * @param problem  what is wrong, not null
     */
    public EditionFormatException(String location, String problem) {
        super(location + ": " + problem);
        this.location = location;
    }

    /**
     * Returns where the problem is.
     *
     * @return a JSON path or a line and column, not null
     */
    public String location() {
        return location;
    }
}
