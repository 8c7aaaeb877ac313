package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A table of a statistics report: what every output format writes (JSON with codes, PDF, XLSX and
 * CSV with labels). A suppressed cell (a count under the privacy threshold) holds {@code null} and
 * is listed in {@link #suppressed()}: no format shows its value.
 *
 * @param id  the table's id, listed in docs/reports.md, such as {@code offers-by-type-and-corps}
 * @param title  its title in French and English, not null
 * @param columns  its columns, not empty
 * @param rows  its rows: each a list of cells, one per column ({@link Code}, {@code Long},
 *         {@code Double}, or {@code null} when suppressed)
 * @param suppressed  the suppressed cells, as [row, column] pairs from 0, not null
 * @param notes  footnotes in French and English, not null
 */
public record StatTable(String id, LocalizedText title, List<StatColumn> columns, List<List<Object>> rows,
        List<Cell> suppressed, List<LocalizedText> notes) {

    /** A cell's position, from 0. */
    public record Cell(int row, int column) {
    }

    /**
     * Checks and copies the parts.
     *
     * @param id  the table's id, listed in docs/reports.md, such as {@code offers-by-type-and-corps}
     * @param title  its title in French and English, not null
     * @param columns  its columns, not empty
     * @param rows  its rows: each a list of cells, one per column ({@link Code}, {@code Long},
     *         {@code Double}, or {@code null} when suppressed)
     * @param suppressed  the suppressed cells, as [row, column] pairs from 0, not null
     * @param notes  footnotes in French and English, not null
     */
    public StatTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        suppressed = List.copyOf(suppressed);
        notes = List.copyOf(notes);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /**
     * Tells whether a cell is suppressed.
     *
     * @param row  the row, from 0
     * @param column  the column, from 0
     * @return true if its value is withheld
     */
    public boolean isSuppressed(int row, int column) {
        return suppressed.contains(new Cell(row, column));
    }
}
