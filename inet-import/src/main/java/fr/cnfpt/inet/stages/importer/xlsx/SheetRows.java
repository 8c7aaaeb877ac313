package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.CellReference;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Receives a sheet's cells row by row from POI's SAX handler, places them by column (empty cells
 * are not sent), and hands each row to the binder; the first non-blank row is the header.
 */
final class SheetRows implements SheetContentsHandler {

    /** Stops the SAX parse once the file must not be read further (a limit passed). */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final RowBinder binder;
    private final int maxCellLength;
    private final List<String> cells = new ArrayList<>();
    private boolean headerRead;
    private long line;

    SheetRows(RowBinder binder, int maxCellLength) {
        this.binder = binder;
        this.maxCellLength = maxCellLength;
    }

    long line() {
        return line;
    }

    @Override
    public void startRow(int rowNum) {
        line = rowNum + 1L;
        cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
        if (!headerRead) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            headerRead = true;
            binder.header(line, List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList()));
            return;
        }
        if (!binder.row(line, new ArrayList<>(cells))) {
            throw new Stop();
        }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? cells.size() : CellReference.column(cellReference);
        if (column < 0 || column > 16_383) {
            return;
        }
        if (formattedValue != null && formattedValue.length() > maxCellLength) {
            binder.fail(line, "CELL_TOO_LONG", cellReference == null ? "" : cellReference, LocalizedText.of(
                    "La cellule " + cellReference + " dépasse " + maxCellLength + " caractères : raccourcissez-la, ou"
                            + " relevez la limite avec --max-cell-length. Le classeur n'est pas lu au-delà.",
                    "Cell " + cellReference + " is longer than " + maxCellLength + " characters: shorten it, or raise"
                            + " the limit with --max-cell-length. The workbook is not read beyond it."));
            throw new Stop();
        }
        while (cells.size() < column) {
            cells.add(null);
        }
        cells.add(formattedValue);
    }

    /** Says the sheet had no header row, if so. */
    void finish() {
        if (!headerRead && binder.isUsable()) {
            binder.fail(0, "FILE_EMPTY", "", LocalizedText.of(
                    "La feuille est vide : elle doit avoir une ligne d'en-tête puis une ligne par enregistrement.",
                    "The sheet is empty: it needs a header row, then one row per record."));
        }
    }

}
