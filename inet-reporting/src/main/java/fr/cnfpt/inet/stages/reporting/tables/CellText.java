package fr.cnfpt.inet.stages.reporting.tables;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.statistics.Code;
import fr.cnfpt.inet.stages.reporting.statistics.StatColumn;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How a cell reads in PDF and HTML: codes as labels, counts with thousands separators, rates as
 * percentages, withheld counts as "&lt; 5".
 */
public final class CellText {

    private CellText() {
    }

    /**
     * Returns the text of a cell.
     *
     * @param table  the table, not null
     * @param row  the row, from 0
     * @param column  the column, from 0
     * @param language  the language, not null
     * @param minCount  the privacy threshold the table was built with
     * @return the text, not null; "" for an empty cell
     */
    public static String of(StatTable table, int row, int column, Language language, int minCount) {
        if (table.isSuppressed(row, column)) {
            return withheld(table.columns().get(column), minCount);
        }
        Object cell = table.rows().get(row).get(column);
        if (cell == null) {
            return "";
        }
        if (cell instanceof Code code) {
            return code.label().in(language);
        }
        Locale locale = language.locale();
        return switch (table.columns().get(column).kind()) {
            case RATE -> {
                NumberFormat percent = NumberFormat.getPercentInstance(locale);
                percent.setMaximumFractionDigits(1);
                yield percent.format(((Number) cell).doubleValue());
            }
            case RATIO -> {
                NumberFormat number = NumberFormat.getNumberInstance(locale);
                number.setMaximumFractionDigits(2);
                number.setMinimumFractionDigits(2);
                yield number.format(((Number) cell).doubleValue());
            }
            case EUROS -> language == Language.FR
                    ? NumberFormat.getIntegerInstance(locale).format(((Number) cell).longValue()) + "\u00a0€"
                    : "€" + NumberFormat.getIntegerInstance(locale).format(((Number) cell).longValue());
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(((Number) cell).longValue());
            case CODE -> String.valueOf(cell);
        };
    }

    /**
     * Returns how a withheld cell reads: "&lt; 5" for a count, "—" for a rate or ratio computed from
     * withheld counts (which "&lt; 5" would misstate as a percentage).
     *
     * @param column  the cell's column, not null
     * @param minCount  the privacy threshold
     * @return the text, not null
     */
    public static String withheld(StatColumn column, int minCount) {
        return column.kind() == StatColumn.Kind.COUNT ? "< " + minCount : "\u2014";
    }
}
