package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.FieldColumns;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;
import fr.cnfpt.inet.stages.importer.spi.RowLocation;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The row being bound: its values by field, where each came from (header or key, Excel cell), and
 * whether an error was found. Reused from row to row.
 */
final class Row {

    final String file;
    final RowSink sink;
    final List<Column> columns;
    final String[] values;
    final String[] labels;
    final int[] positions;
    private final boolean cellReferences;
    /** True if the file holds personal data: row-level problems then quote no value. */
    private final boolean personal;
    /** True if the importer gives cells already stripped of surrounding white space. */
    boolean cellsStripped;
    long line;
    long record;
    long character;
    private boolean failed;
    private FieldColumns fieldColumns = FieldColumns.none();
    private RowLocation location;

    Row(String file, RowSink sink, List<Column> columns, boolean cellReferences) {
        this.file = file;
        this.sink = sink;
        this.columns = columns;
        this.values = new String[columns.size()];
        this.labels = new String[columns.size()];
        this.positions = new int[columns.size()];
        this.cellReferences = cellReferences;
        this.personal = columns.stream().anyMatch(Column::personal);
    }

    void start(long rowLine, long number, long column) {
        line = rowLine;
        record = number;
        character = column;
        failed = false;
        location = null;
        java.util.Arrays.fill(values, null);
    }

    boolean failed() {
        return failed;
    }

    boolean personal() {
        return personal;
    }

    /** Sets a field's value, stripped of surrounding spaces. */
    void set(int field, String value) {
        values[field] = value == null ? "" : cellsStripped ? value : value.strip();
    }

    /** @return the field's value, stripped, or the empty string if absent */
    String text(int field) {
        String value = values[field];
        return value == null ? "" : value;
    }

    boolean has(int field) {
        String value = values[field];
        return value != null && !value.isEmpty();
    }

    /** Reports a missing required value; returns false so callers can chain. */
    boolean required(int field) {
        if (has(field)) {
            return true;
        }
        Column column = columns.get(field);
        error(field, RowProblem.VALUE_REQUIRED, LocalizedText.of(
                "La colonne « " + label(field) + " » est obligatoire : remplissez-la (" + column.description().fr() + ").",
                "The \"" + label(field) + "\" column is required: fill it in (" + column.description().en() + ")."));
        return false;
    }

    void error(int field, ProblemCode code, LocalizedText message) {
        failed = true;
        report(field, code, message);
    }

    void warning(int field, ProblemCode code, LocalizedText message) {
        report(field, code, message);
    }

    /** Reports a problem of the whole row; its value is not quoted if the file holds personal data. */
    void rowError(ProblemCode code, String value, LocalizedText message) {
        failed = true;
        sink.problem(new Problem(file, line, "", "", "", personal ? "" : value, code, message, record,
                character));
    }

    /** Says the row gave no record. */
    void rejected() {
        sink.rejected(line);
    }

    String label(int field) {
        String label = labels[field];
        return label == null ? columns.get(field).names().get(0) : label;
    }

    /** @return where the row is, with the file's names for its fields */
    RowLocation location() {
        if (location == null) {
            location = new RowLocation(line, record, character, fieldColumns);
        }
        return location;
    }

    /**
     * Takes the file's names for the fields from the labels and positions now set: once after a
     * header, and whenever a JSON record's keys differ from the previous record's.
     */
    void nameFields() {
        Map<String, String> headers = new HashMap<>();
        Map<String, String> letters = new HashMap<>();
        for (int field = 0; field < columns.size(); field++) {
            if (labels[field] != null) {
                headers.put(columns.get(field).field(), labels[field]);
                if (cellReferences) {
                    letters.put(columns.get(field).field(), CellReference.letters(positions[field]));
                }
            }
        }
        FieldColumns named = FieldColumns.of(headers, letters);
        if (!named.equals(fieldColumns)) {
            fieldColumns = named;
        }
        location = null;
    }

    private void report(int field, ProblemCode code, LocalizedText message) {
        Column column = columns.get(field);
        String cell = cellReferences && labels[field] != null ? CellReference.of(positions[field], line) : "";
        sink.problem(new Problem(file, line, label(field), cell, column.field(), column.personal() ? "" : text(field),
                code, message, record, character));
    }
}
