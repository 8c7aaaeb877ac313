package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import java.util.List;
import net.sf.jasperreports.renderers.Renderable;

/**
 * One record of the statistics template: a row of a table, a note under it, or a chart. Each
 * carries its table's id, title and column headings, which the template's group header prints
 * (again on each page the table runs over).
 *
 * @param table  the id of the table or chart the block belongs to
 * @param title  its title
 * @param kind  {@code ROW}, {@code NOTE} or {@code CHART}
 * @param text  the note's text, or ""
 * @param headings  the column headings; empty for a chart
 * @param cells  the row's cells as text; empty unless a row
 * @param numeric  which columns are numeric (right-aligned)
 * @param total  true for a total row (shaded)
 * @param chart  the chart, or null
 */
record StatBlock(String table, String title, String kind, String text, List<String> headings, List<String> cells,
        List<Boolean> numeric, boolean total, Renderable chart) {

    /** The most columns a table of the template has. */
    static final int MAX_COLUMNS = 6;
}
