package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * A column of a statistics table.
 *
 * @param id  the column's id in JSON and CSV, such as {@code count}, not null
 * @param label  its heading in French and English, not null
 * @param kind  what its cells hold, not null
 */
public record StatColumn(String id, LocalizedText label, Kind kind) {

    /** What a column's cells hold. */
    public enum Kind {
        /** {@link Code} cells. */
        CODE,
        /** Whole numbers ({@code Long}), possibly suppressed. */
        COUNT,
        /** Ratios ({@code Double}: 0.25 is 25 %), possibly suppressed. */
        RATE,
        /** Ratios written as a number, not a percentage ({@code Double}: offers per trainee). */
        RATIO,
        /** Amounts in euros ({@code Long}). */
        EUROS
    }

    /**
     * Checks the parts.
     *
     * @param id  the column's id in JSON and CSV, such as {@code count}, not null
     * @param label  its heading in French and English, not null
     * @param kind  what its cells hold, not null
     */
    public StatColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    /** @return true for cells that are numbers */
    public boolean isNumeric() {
        return kind != Kind.CODE;
    }
}
