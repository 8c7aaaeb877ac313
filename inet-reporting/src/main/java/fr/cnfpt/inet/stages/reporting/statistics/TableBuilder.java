package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link StatTable}, withholding the counts of people under the privacy threshold: a
 * {@link Sensitive} count from 1 to threshold - 1 becomes a suppressed cell, and so does a
 * {@link SensitiveRate} whose numerator is suppressed or whose denominator is under the threshold.
 */
final class TableBuilder {

    /** A count of trainees or placements: withheld when under the threshold (but not 0). */
    record Sensitive(long count) {
    }

    /** A rate over trainees or placements: withheld when either count would be. */
    record SensitiveRate(long numerator, long denominator) {
    }

    /** A ratio of offers to trainees: withheld when the trainees' count would be. */
    record SensitiveRatio(long numerator, long denominator) {
    }

    private final String id;
    private final LocalizedText title;
    private final int minCount;
    private final List<StatColumn> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<StatTable.Cell> suppressed = new ArrayList<>();
    private final List<LocalizedText> notes = new ArrayList<>();

    TableBuilder(String id, LocalizedText title, int minCount) {
        this.id = id;
        this.title = title;
        this.minCount = minCount;
    }

    TableBuilder column(String columnId, LocalizedText label, StatColumn.Kind kind) {
        columns.add(new StatColumn(columnId, label, kind));
        return this;
    }

    TableBuilder note(LocalizedText note) {
        notes.add(note);
        return this;
    }

    TableBuilder row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (int column = 0; column < cells.length; column++) {
            Object cell = cells[column];
            Object value = cell;
            boolean withheld = false;
            if (cell instanceof Sensitive s) {
                withheld = withheld(s.count());
                value = s.count();
            } else if (cell instanceof SensitiveRate r) {
                withheld = r.denominator() != 0 && (withheld(r.numerator()) || r.denominator() < minCount);
                value = r.denominator() == 0 ? null : (double) r.numerator() / r.denominator();
            } else if (cell instanceof SensitiveRatio r) {
                withheld = r.denominator() != 0 && r.denominator() < minCount;
                value = r.denominator() == 0 ? null : (double) r.numerator() / r.denominator();
            }
            if (withheld) {
                suppressed.add(new StatTable.Cell(rows.size(), column));
                value = null;
            }
            row.add(value);
        }
        rows.add(row);
        return this;
    }

    StatTable build() {
        List<LocalizedText> allNotes = new ArrayList<>(notes);
        if (!suppressed.isEmpty()) {
            allNotes.add(StatLabels.suppressedNote(minCount));
        }
        return new StatTable(id, title, columns, rows, suppressed, allNotes);
    }

    private boolean withheld(long count) {
        return count > 0 && count < minCount;
    }
}
