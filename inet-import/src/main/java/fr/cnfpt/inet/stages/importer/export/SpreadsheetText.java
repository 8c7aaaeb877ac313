package fr.cnfpt.inet.stages.importer.export;

import java.util.Objects;

/**
 * Makes text safe to write into a cell of a CSV or spreadsheet file that someone will open in
 * Excel or LibreOffice (OWASP "CSV injection"): a text starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab, a carriage return or a line feed would be run as a formula; it is
 * written with a leading apostrophe instead, which spreadsheets show as text. Numbers are not
 * text: write them as numbers.
 * <p>
 * Public API for report plugins: the statistics' workbooks ({@code inet-reporting}) and
 * {@link CsvCells}, the one CSV cell writer, neutralise text with it, so that every file the project
 * writes for a spreadsheet follows one rule. Unit-tested in {@code SpreadsheetTextTest}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * Checks whether a text would be read as a formula.
     *
     * @param text  the text, not null
     * @return true if it starts with a formula character
     */
    public static boolean isFormulaLike(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n' || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }

    /**
     * Neutralises a text for a CSV cell: prefixes a formula-like text with an apostrophe.
     *
     * @param text  the text, not null
     * @return the text, safe to write, not null
     */
    public static String neutralise(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }
}
