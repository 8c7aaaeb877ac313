package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.importer.export.SpreadsheetText;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Checks that the CSV and Excel files we write hold no cell a spreadsheet would run as a formula. */
final class Spreadsheets {

    private Spreadsheets() {
    }

    /** Every text cell of a CSV (semicolons, quotes) that starts like a formula is prefixed; numbers may be negative. */
    static void assertCsvNeutralised(Path csv) throws Exception {
        for (String cell : cells(Files.readString(csv, StandardCharsets.UTF_8))) {
            if (SpreadsheetText.isFormulaLike(cell)) {
                assertThat(cell).as("a cell of " + csv + " that a spreadsheet would run").matches("-\\d+([.,]\\d+)?");
            }
        }
    }

    /** No formula cell, and every text cell that starts like a formula has Excel's quote prefix. */
    static void assertXlsxNeutralised(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(xlsx + " " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING
                                && SpreadsheetText.isFormulaLike(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(xlsx + " " + cell.getAddress())
                                    .isTrue();
                        }
                    }
                }
            }
        }
    }

    /** Splits a semicolon CSV into its cells, quotes undone. */
    static List<String> cells(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean start = true;
        for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && start) {
                quoted = true;
                start = false;
            } else if (c == ';' || c == ',' || c == '\n' || c == '\r') {
                if (!(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
                    cells.add(cell.toString());
                }
                cell.setLength(0);
                start = true;
            } else {
                cell.append(c);
                start = false;
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
