package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.importer.columns.CellReference;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Receives a sheet's cells row by row from POI's SAX handler, places them by column (empty cells
 * are not sent), and hands each row to the binder; the first non-blank row is the header.
 * <p>
 * A cell longer than the limit rejects its row only ({@code CELL_TOO_LONG}, naming the cell), and
 * reading goes on. A row keeps at most one cell beyond the last column allowed, so that a cell at
 * {@code XFD1} costs no more than one at {@code ALM1}; the binder reports it once, and the problem
 * names the cell. A cell naming a shared string the workbook does not have stops the reading
 * ({@code XLSX_INVALID}): the rows before stand.
 * <p>
 * Not thread-safe: one per sheet read.
 */
final class SheetRows implements SheetContentsHandler {

    /** Stops the SAX parse once the file must not be read further (a limit passed, a damage). */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** The columns of a sheet: {@code A} to {@code XFD}. */
    private static final int EXCEL_COLUMNS = 16_384;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z]{1,3}[1-9][0-9]{0,6}");

    private final RowBinder binder;
    private final CellNamingSink naming;
    private final CellText text;
    private final WorkbookStrings strings;
    private final int maxCellLength;
    private final int maxColumns;
    private final List<String> cells = new ArrayList<>();
    private List<String> header = List.of();
    private boolean headerRead;
    private boolean inRow;
    private long line;
    private String tooLong;
    private int tooLongColumn;
    private String beyond;

    SheetRows(RowBinder binder, CellNamingSink naming, CellText text, WorkbookStrings strings, int maxCellLength,
            int maxColumns) {
        this.binder = binder;
        this.naming = naming;
        this.text = text;
        this.strings = strings;
        this.maxCellLength = maxCellLength;
        this.maxColumns = maxColumns;
    }

    /** @return the cells kept of the row being read: at most the most columns allowed, and one */
    int width() {
        return cells.size();
    }

    /** @return the first row not read, if reading ended here: the row being read, or the next; 0 before any */
    long resumeLine() {
        return line == 0 ? 0 : inRow ? line : line + 1;
    }

    @Override
    public void startRow(int rowNum) {
        if (rowNum < 0) {
            binder.stop(resumeLine() == 0 ? 1 : resumeLine(), 0, FileProblem.XLSX_INVALID, "",
                    SheetMessages.rowNumberedZero(line));
            throw new Stop();
        }
        line = rowNum + 1L;
        inRow = true;
        cells.clear();
        tooLong = null;
        beyond = null;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = column(cellReference);
        String value = formattedValue;
        int missing = strings.takeMissing();
        if (missing >= 0) {
            missingString(name(cellReference, column), missing);
        }
        if (value != null && (value.length() > maxCellLength || text.tooLong())) {
            if (tooLong == null) {
                tooLong = name(cellReference, column);
                tooLongColumn = column;
            }
            value = null;
        }
        int width = headerRead ? header.size() : maxColumns;
        if (beyond == null && column >= width && value != null && !value.isBlank()) {
            beyond = name(cellReference, column);
        }
        place(Math.min(column, maxColumns), value);
    }

    @Override
    public void endRow(int rowNum) {
        inRow = false;
        if (!headerRead) {
            readHeader();
            return;
        }
        boolean more;
        if (tooLong != null) {
            naming.expect(RowProblem.CELL_TOO_LONG,
                    tooLong, tooLongColumn < header.size() ? header.get(tooLongColumn) : "");
            more = binder.reject(line, 0, RowProblem.CELL_TOO_LONG, "", SheetMessages.tooLong(tooLong, maxCellLength));
        } else {
            if (beyond != null) {
                naming.expect(RowProblem.ROW_TOO_MANY_CELLS,
                        beyond, "", SheetMessages.beyondHeader(beyond, header.size()));
            }
            more = binder.row(line, cells);
        }
        naming.clear();
        if (!more) {
            throw new Stop();
        }
    }

    /** Says the sheet had no header row, if so. */
    void finish() {
        if (!headerRead && binder.isUsable()) {
            binder.fail(0, FileProblem.FILE_EMPTY, "", SheetMessages.sheetEmpty());
        }
    }

    private void readHeader() {
        if (tooLong != null) {
            headerRead = true;
            naming.expect(RowProblem.CELL_TOO_LONG, tooLong, "");
            binder.fail(line, RowProblem.CELL_TOO_LONG, "", SheetMessages.tooLongInHeader(tooLong, maxCellLength));
            naming.clear();
            return;
        }
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        headerRead = true;
        header = cells.stream().map(c -> c == null ? "" : c).toList();
        if (beyond != null) {
            naming.expect(FileProblem.COLUMNS_TOO_MANY, beyond, "", SheetMessages.beyondColumns(beyond, maxColumns));
        }
        binder.header(line, header);
        naming.clear();
    }

    private void place(int column, String value) {
        while (cells.size() < column) {
            cells.add(null);
        }
        if (column < cells.size()) {
            String there = cells.get(column);
            if (there == null || there.isBlank()) {
                cells.set(column, value);
            }
        } else {
            cells.add(value);
        }
    }

    /**
     * Reads a reference's column, 0-based: {@link #EXCEL_COLUMNS} or more beyond the sheet; the next
     * column for a cell without a reference or letters.
     */
    private int column(String reference) {
        if (reference == null) {
            return cells.size();
        }
        int column = 0;
        int i = 0;
        for (; i < reference.length() && column <= EXCEL_COLUMNS; i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return i == 0 ? cells.size() : column - 1;
    }

    /** Names a cell as the file does when its reference is well formed, else from its place. */
    private String name(String reference, int column) {
        if (reference != null && REFERENCE.matcher(reference).matches()) {
            return reference.toUpperCase(Locale.ROOT);
        }
        return CellReference.of(Math.min(column, EXCEL_COLUMNS), line);
    }

    private void missingString(String cell, int number) {
        binder.stop(line, 0, FileProblem.XLSX_INVALID, "", SheetMessages.missingString(cell, number));
        throw new Stop();
    }
}
