package fr.cnfpt.inet.stages.reporting.tables;

import fr.cnfpt.inet.stages.importer.export.CsvCells;
import fr.cnfpt.inet.stages.reporting.statistics.Code;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a report as one CSV file with a table column, in long form, so that tables of different
 * columns share one header: {@code table,row,column,code,value}: one line per cell, {@code row}
 * from 1, {@code column} the column's id, {@code code} the code of a coded cell, {@code value} its
 * label or the number ({@code .} decimals; rates as fractions, 0.25 for 25 %), or {@code < 5} for a
 * withheld count ({@code —} for a rate computed from one). UTF-8, comma-separated, RFC 4180 quoting; text that a spreadsheet would run as a
 * formula is written with a leading apostrophe.
 */
public final class TablesCsv {

    /** The header line. */
    public static final String HEADER = "table,row,column,code,value";

    private TablesCsv() {
    }

    /**
     * Writes the report.
     *
     * @param document  the report, not null
     * @param minCount  the privacy threshold the tables were built with
     * @param out  where to write it, not closed, not null
     * @throws IOException if it cannot be written
     */
    public static void write(TableDocument document, int minCount, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(HEADER);
        writer.write("\r\n");
        for (StatTable table : document.tables()) {
            List<List<Object>> rows = table.rows();
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < table.columns().size(); column++) {
                    Object cell = rows.get(row).get(column);
                    String code = cell instanceof Code c ? c.code() : "";
                    String value = table.isSuppressed(row, column)
                            ? CellText.withheld(table.columns().get(column), minCount) : value(cell, document);
                    writer.write(field(table.id()) + "," + (row + 1) + "," + field(table.columns().get(column).id())
                            + "," + field(code) + "," + field(value) + "\r\n");
                }
            }
        }
        writer.flush();
    }

    private static String value(Object cell, TableDocument document) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Code code) {
            return code.label().in(document.language());
        }
        if (cell instanceof Double rate) {
            return BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(cell);
    }

    private static String field(String text) {
        return CsvCells.COMMA.text(text);
    }
}
