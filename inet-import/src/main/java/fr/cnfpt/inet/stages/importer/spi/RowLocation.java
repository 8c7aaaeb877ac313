package fr.cnfpt.inet.stages.importer.spi;

import java.util.Objects;

/**
 * Where a record was read: its line (the Excel row), its number in the file, the column on the
 * line where it starts, and how the file names its fields. What a problem on the record needs to
 * be found in the file, even in a JSON array written on one line.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param line  the line or Excel row where the record starts, 1-based
 * @param record  the record's number in the file, 1-based (data rows, JSON values), or 0 if not counted
 * @param character  the column on the line where the record starts, 1-based, or 0 if not given
 * @param columns  how the file names the fields, not null
 */
public record RowLocation(long line, long record, long character, FieldColumns columns) {

    /**
     * Creates a location.
     *
     * @param line  the line, at least 1
     * @param record  the record's number, or 0
     * @param character  the column on the line, or 0
     * @param columns  the columns, not null
     */
    public RowLocation {
        Objects.requireNonNull(columns, "columns");
        if (line < 1 || record < 0 || character < 0) {
            throw new IllegalArgumentException("a record is on a line (1-based), its number and column not negative: "
                    + line + ", " + record + ", " + character);
        }
    }

    /**
     * Obtains the location of a record known by its line only.
     *
     * @param line  the line, at least 1
     * @return the location, not null
     */
    public static RowLocation ofLine(long line) {
        return new RowLocation(line, 0, 0, FieldColumns.none());
    }
}
