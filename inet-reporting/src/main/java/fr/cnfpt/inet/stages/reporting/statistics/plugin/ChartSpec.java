package fr.cnfpt.inet.stages.reporting.statistics.plugin;

/**
 * A chart drawn from a table: which table, how, and from which columns. Rows whose category is the
 * total, and withheld cells, are left out of the chart.
 *
 * @param table  the table's id
 * @param kind  bar or pie
 * @param category  the column of the categories (a code column), from 0
 * @param series  the column of the series for grouped bars (a code column), or -1 for one series
 * @param value  the column of the values (a numeric column), from 0
 * @param alone  true when the PDF shows the chart instead of the table (the dashboard), smaller
 */
record ChartSpec(String table, Kind kind, int category, int series, int value, boolean alone) {

    /** How the chart is drawn. */
    enum Kind {
        /** Horizontal bars: categories read like a table's rows. */
        BAR,
        /** A pie: shares of a whole. */
        PIE
    }

    static ChartSpec bars(String table, int category, int value) {
        return new ChartSpec(table, Kind.BAR, category, -1, value, false);
    }

    static ChartSpec groupedBars(String table, int category, int series, int value) {
        return new ChartSpec(table, Kind.BAR, category, series, value, false);
    }

    static ChartSpec pie(String table, int category, int value) {
        return new ChartSpec(table, Kind.PIE, category, -1, value, false);
    }

    /** @return this chart, shown in the PDF instead of its table, at the dashboard's smaller size */
    ChartSpec instead() {
        return new ChartSpec(table, kind, category, series, value, true);
    }
}
