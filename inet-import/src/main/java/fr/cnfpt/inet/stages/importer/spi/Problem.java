package fr.cnfpt.inet.stages.importer.spi;

import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * A problem found while importing a file: where it is (file, line, column or cell), which field,
 * the offending value (shortened), the rule's code, its severity and a message in French and English
 * saying what to do. Structural problems (a bad date) and domain rules (a collective project in a
 * town of 10,000) use the same form.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param file  the file's name, not null
 * @param line  the line (CSV, JSON Lines) or row (Excel), 1-based; 0 for the whole file
 * @param column  the column's header as written in the file, or the JSON key; empty if none, not null
 * @param cell  the Excel cell, such as {@code "C14"}; empty for other formats, not null
 * @param field  the record's field, such as {@code population}; empty for the whole row, not null
 * @param value  the offending value, shortened to {@value #MAX_VALUE_LENGTH} characters, not null
 * @param code  the rule's code, such as {@code POPULATION_NOT_POSITIVE}, not null
 * @param severity  error (the row is rejected) or warning (the row is kept), not null
 * @param message  what is wrong and what to do, not null
 * @param record  the record's number in the file, 1-based (the data row, the JSON value); 0 for the whole file
 * @param character  the character's column on the line where the record or the fault starts, 1-based; 0 if not
 *     given (files with one record per line need none; a JSON array on one line does)
 */
public record Problem(String file, long line, String column, String cell, String field, String value, String code, Severity severity,
        LocalizedText message, long record, long character) {

    /** The longest value a problem quotes. */
    public static final int MAX_VALUE_LENGTH = 80;

    /**
     * Creates a problem, shortening the value.
     *
     * @param file  the file, not null
     * @param line  the line
     * @param column  the column, not null
     * @param cell  the cell, not null
     * @param field  the field, not null
     * @param value  the value, not null
     * @param code  the code, not null
     * @param severity  the severity, not null
     * @param message  the message, not null
     * @param record  the record's number, 1-based, or 0
     * @param character  the column on the line, 1-based, or 0
     */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        value = shorten(value);
        if (record < 0 || character < 0) {
            throw new IllegalArgumentException("a record number and a column are not negative: " + record + ", "
                    + character);
        }
    }

    /**
     * Creates a problem that gives no record number nor column on the line.
     *
     * @param file  the file, not null
     * @param line  the line
     * @param column  the column, not null
     * @param cell  the cell, not null
     * @param field  the field, not null
     * @param value  the value, not null
     * @param code  the code, not null
     * @param severity  the severity, not null
     * @param message  the message, not null
     */
    public Problem(String file, long line, String column, String cell, String field, String value, String code,
            Severity severity, LocalizedText message) {
        this(file, line, column, cell, field, value, code, severity, message, 0, 0);
    }

    /**
     * Returns a copy that quotes no value: what a problem of a file holding personal data shows
     * instead of a raw row, token or personal field.
     *
     * @return the problem without its value, not null
     */
    public Problem withoutValue() {
        return value.isEmpty() ? this : new Problem(file, line, column, cell, field, "", code, severity, message,
                record, character);
    }

    /**
     * Creates a data problem of the catalogue, with its code and severity.
     *
     * @param file  the file, not null
     * @param line  the line
     * @param column  the column, not null
     * @param cell  the cell, not null
     * @param field  the field, not null
     * @param value  the value, not null
     * @param code  the problem's definition, giving its code and severity, not null
     * @param message  the message, not null
     * @param record  the record's number, 1-based, or 0
     * @param character  the column on the line, 1-based, or 0
     */
    public Problem(String file, long line, String column, String cell, String field, String value, ProblemCode code,
            LocalizedText message, long record, long character) {
        this(file, line, column, cell, field, value, code.code(), code.severity(), message, record, character);
    }

    /**
     * Creates a data problem of the catalogue that gives no record number nor column on the line.
     *
     * @param file  the file, not null
     * @param line  the line
     * @param column  the column, not null
     * @param cell  the cell, not null
     * @param field  the field, not null
     * @param value  the value, not null
     * @param code  the problem's definition, giving its code and severity, not null
     * @param message  the message, not null
     */
    public Problem(String file, long line, String column, String cell, String field, String value, ProblemCode code,
            LocalizedText message) {
        this(file, line, column, cell, field, value, code, message, 0, 0);
    }

    /**
     * Obtains a data problem of the whole file (line 0), such as an unreadable or oversized file.
     *
     * @param file  the file, not null
     * @param code  the problem's definition, not null
     * @param message  the message, not null
     * @return the problem, not null
     */
    public static Problem ofFile(String file, ProblemCode code, LocalizedText message) {
        return new Problem(file, 0, "", "", "", "", code, message, 0, 0);
    }

    /** @return true for an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Shortens a value for quoting: at most {@value #MAX_VALUE_LENGTH} characters, control characters
     * shown as spaces.
     *
     * @param value  the value, not null
     * @return the shortened value, not null
     */
    public static String shorten(String value) {
        if (value.length() <= MAX_VALUE_LENGTH && !fr.cnfpt.inet.stages.domain.text.Characters.hasControl(value)) {
            return value;
        }
        String head = value.length() <= MAX_VALUE_LENGTH ? value
                : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
        StringBuilder clean = new StringBuilder(head.length());
        head.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return clean.toString();
    }
}
