package fr.cnfpt.inet.stages.importer.spi;

import java.util.Map;
import java.util.Objects;

/**
 * How a file names the fields of its records: for each field, the column's header as written (or
 * the JSON key) and, in a spreadsheet, the column's letters. A problem found on a record's field
 * after the record was built (a rule of the brochure) names the column and cell the way the file
 * does, like a problem found while reading the value.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FieldColumns {

    private static final FieldColumns NONE = new FieldColumns(Map.of(), Map.of());

    private final Map<String, String> headers;
    private final Map<String, String> letters;

    private FieldColumns(Map<String, String> headers, Map<String, String> letters) {
        this.headers = headers;
        this.letters = letters;
    }

    /**
     * Obtains the columns of a file that names none (an importer that does not say).
     *
     * @return the empty columns, not null
     */
    public static FieldColumns none() {
        return NONE;
    }

    /**
     * Obtains the columns of a file.
     *
     * @param headers  the header as written, by field, not null
     * @param letters  the spreadsheet column's letters ({@code "D"}), by field; empty for other formats, not null
     * @return the columns, not null
     */
    public static FieldColumns of(Map<String, String> headers, Map<String, String> letters) {
        return new FieldColumns(Map.copyOf(Objects.requireNonNull(headers, "headers")),
                Map.copyOf(Objects.requireNonNull(letters, "letters")));
    }

    /**
     * Returns the header of a field's column, as written in the file.
     *
     * @param field  the field, such as {@code population}, not null
     * @return the header, or the empty string if the file has no column for it
     */
    public String header(String field) {
        return headers.getOrDefault(field, "");
    }

    /**
     * Names the spreadsheet cell of a field on a row.
     *
     * @param field  the field, not null
     * @param line  the row, 1-based
     * @return the cell, such as {@code D14}, or the empty string outside spreadsheets
     */
    public String cell(String field, long line) {
        String column = letters.get(field);
        return column == null ? "" : column + line;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldColumns that && headers.equals(that.headers) && letters.equals(that.letters);
    }

    @Override
    public int hashCode() {
        return headers.hashCode() * 31 + letters.hashCode();
    }

    @Override
    public String toString() {
        return "FieldColumns" + headers + letters;
    }
}
