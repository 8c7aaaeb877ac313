package fr.cnfpt.inet.stages.importer.export;

import java.util.Objects;

/**
 * Writes the cells of a CSV file as RFC 4180 reads them and as Excel and LibreOffice open them: a
 * cell holding the separator, a double quote, a carriage return or a line feed is written between
 * double quotes, its quotes doubled; text that a spreadsheet would run as a formula is neutralised
 * first ({@link SpreadsheetText}). Numbers and codes that the program itself wrote are written
 * {@linkplain #verbatim(String) verbatim}: a negative number is not a formula.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CsvCells {

    /** Comma-separated cells, as RFC 4180 has them. */
    public static final CsvCells COMMA = new CsvCells(',');
    /** Semicolon-separated cells, as French Excel saves and opens them. */
    public static final CsvCells SEMICOLON = new CsvCells(';');

    private final char separator;

    private CsvCells(char separator) {
        this.separator = separator;
    }

    /**
     * Returns the cells of a separator.
     *
     * @param separator  the separator, not a double quote, a carriage return or a line feed
     * @return the cells, not null
     * @throws IllegalArgumentException if the separator is a double quote, a carriage return or a line feed
     */
    public static CsvCells separatedBy(char separator) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("a CSV separator cannot be a double quote or a line break");
        }
        return separator == ',' ? COMMA : separator == ';' ? SEMICOLON : new CsvCells(separator);
    }

    /**
     * Returns the separator.
     *
     * @return the separator
     */
    public char separator() {
        return separator;
    }

    /**
     * Returns a text cell: neutralised if a spreadsheet would run it as a formula, then quoted if needed.
     *
     * @param text  the text, not null
     * @return the cell as written in the file, not null
     */
    public String text(String text) {
        return verbatim(SpreadsheetText.neutralise(text));
    }

    /**
     * Returns a cell as it is, quoted if needed but not neutralised: for numbers and codes the
     * program wrote, never for text that came from a file or a user.
     *
     * @param value  the value, not null
     * @return the cell as written in the file, not null
     */
    public String verbatim(String value) {
        Objects.requireNonNull(value, "value");
        if (value.indexOf(separator) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return "CsvCells[" + separator + "]";
    }
}
