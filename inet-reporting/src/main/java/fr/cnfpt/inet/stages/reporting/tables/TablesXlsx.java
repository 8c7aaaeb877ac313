package fr.cnfpt.inet.stages.reporting.tables;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.export.SpreadsheetText;
import fr.cnfpt.inet.stages.reporting.statistics.Code;
import fr.cnfpt.inet.stages.reporting.statistics.StatColumn;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as an Excel workbook: one sheet per table (named after the table's id), the
 * title in the first row, the header in the second, frozen; counts, rates and amounts as numeric
 * cells with a number format; codes as their labels; withheld counts as the text "&lt; 5"; text that
 * Excel would run as a formula is quote-prefixed. Streams rows (Apache POI's SXSSF).
 */
public final class TablesXlsx {

    private static final int MAX_SHEET_NAME = 31;

    private TablesXlsx() {
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
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (StatTable table : document.tables()) {
                sheet(workbook, styles, unique(table.id(), names), table, document, minCount);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void sheet(SXSSFWorkbook workbook, Styles styles, String name, StatTable table,
            TableDocument document, int minCount) {
        SXSSFSheet sheet = workbook.createSheet(name);
        int[] widths = new int[table.columns().size()];
        Row title = sheet.createRow(0);
        text(title.createCell(0), table.title().in(document.language()), styles.title, styles);
        Row header = sheet.createRow(1);
        List<StatColumn> columns = table.columns();
        for (int column = 0; column < columns.size(); column++) {
            String label = columns.get(column).label().in(document.language());
            text(header.createCell(column), label, styles.header, styles);
            widths[column] = label.length();
        }
        sheet.createFreezePane(0, 2);
        List<List<Object>> rows = table.rows();
        for (int row = 0; row < rows.size(); row++) {
            Row line = sheet.createRow(row + 2);
            for (int column = 0; column < columns.size(); column++) {
                Object cell = rows.get(row).get(column);
                Cell target = line.createCell(column);
                if (table.isSuppressed(row, column)) {
                    text(target, CellText.withheld(columns.get(column), minCount), styles.withheld, styles);
                } else if (cell instanceof Code code) {
                    String label = code.label().in(document.language());
                    text(target, label, styles.text, styles);
                    widths[column] = Math.max(widths[column], label.length());
                } else if (cell instanceof Number number) {
                    target.setCellValue(number.doubleValue());
                    target.setCellStyle(styles.numbers.get(columns.get(column).kind()));
                }
            }
        }
        int next = rows.size() + 3;
        for (LocalizedText note : table.notes()) {
            text(sheet.createRow(next++).createCell(0), note.in(document.language()), styles.text, styles);
        }
        // Widths from the texts' lengths: measuring them (autoSizeColumn) would need the machine's fonts.
        for (int column = 0; column < columns.size(); column++) {
            sheet.setColumnWidth(column, Math.min(60, Math.max(10, widths[column] + 2)) * 256);
        }
    }

    /** Writes a text cell; one that Excel would run as a formula gets the quote-prefixed style. */
    private static void text(Cell cell, String text, CellStyle style, Styles styles) {
        cell.setCellValue(text);
        cell.setCellStyle(SpreadsheetText.isFormulaLike(text) ? styles.quoted : style);
    }

    private static String unique(String id, Set<String> names) {
        String name = id.length() <= MAX_SHEET_NAME ? id : id.substring(0, MAX_SHEET_NAME);
        for (int suffix = 2; !names.add(name); suffix++) {
            String tail = "-" + suffix;
            name = id.substring(0, Math.min(id.length(), MAX_SHEET_NAME - tail.length())) + tail;
        }
        return name;
    }

    /** The workbook's cell styles, created once (a workbook holds at most 64,000). */
    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle withheld;
        final CellStyle quoted;
        final Map<StatColumn.Kind, CellStyle> numbers = new EnumMap<>(StatColumn.Kind.class);

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            text = workbook.createCellStyle();
            withheld = workbook.createCellStyle();
            withheld.setAlignment(HorizontalAlignment.RIGHT);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            var format = workbook.createDataFormat();
            numbers.put(StatColumn.Kind.COUNT, numeric(workbook, format.getFormat("#,##0")));
            numbers.put(StatColumn.Kind.EUROS, numeric(workbook, format.getFormat("#,##0 \"€\"")));
            numbers.put(StatColumn.Kind.RATE, numeric(workbook, format.getFormat("0.0%")));
            numbers.put(StatColumn.Kind.RATIO, numeric(workbook, format.getFormat("0.00")));
        }

        private static CellStyle numeric(SXSSFWorkbook workbook, short format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format);
            return style;
        }
    }
}
