package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.util.List;

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
    /** True if the importer gives cells already stripped of surrounding white space. */
    boolean cellsStripped;
    long line;
    private boolean failed;

    Row(String file, RowSink sink, List<Column> columns, boolean cellReferences) {
        this.file = file;
        this.sink = sink;
        this.columns = columns;
        this.values = new String[columns.size()];
        this.labels = new String[columns.size()];
        this.positions = new int[columns.size()];
        this.cellReferences = cellReferences;
    }

    void start(long rowLine) {
        line = rowLine;
        failed = false;
        java.util.Arrays.fill(values, null);
    }

    boolean failed() {
        return failed;
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
        error(field, "VALUE_REQUIRED", LocalizedText.of(
                "La colonne « " + label(field) + " » est obligatoire : remplissez-la (" + column.description().fr() + ").",
                "The \"" + label(field) + "\" column is required: fill it in (" + column.description().en() + ")."));
        return false;
    }

    void error(int field, String code, LocalizedText message) {
        failed = true;
        report(field, code, Severity.ERROR, message);
    }

    void warning(int field, String code, LocalizedText message) {
        report(field, code, Severity.WARNING, message);
    }

    /** Reports a problem of the whole row. */
    void rowError(String code, String value, LocalizedText message) {
        failed = true;
        sink.problem(new Problem(file, line, "", "", "", value, code, Severity.ERROR, message));
    }

    String label(int field) {
        String label = labels[field];
        return label == null ? columns.get(field).names().get(0) : label;
    }

    private void report(int field, String code, Severity severity, LocalizedText message) {
        String cell = cellReferences && labels[field] != null ? CellReference.of(positions[field], line) : "";
        sink.problem(new Problem(file, line, label(field), cell, columns.get(field).field(), text(field), code,
                severity, message));
    }
}
