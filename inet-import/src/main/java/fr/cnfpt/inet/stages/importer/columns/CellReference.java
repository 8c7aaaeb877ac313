package fr.cnfpt.inet.stages.importer.columns;

/**
 * Names a spreadsheet cell the way Excel does: column letters then row number ({@code C14}).
 */
public final class CellReference {

    private CellReference() {
    }

    /**
     * Names a cell.
     *
     * @param column  the column, 0-based (0 is A, 26 is AA)
     * @param row  the row, 1-based
     * @return the reference, such as {@code C14}, not null
     */
    public static String of(int column, long row) {
        return letters(column) + row;
    }

    /**
     * Names a column.
     *
     * @param column  the column, 0-based
     * @return the letters, such as {@code AA}, not null
     */
    public static String letters(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("a column is not negative: " + column);
        }
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * Reads the column of a reference such as {@code C14}.
     *
     * @param reference  the reference, not null
     * @return the column, 0-based, or -1 if the reference has no letters
     */
    public static int column(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return i == 0 ? -1 : column - 1;
    }
}
