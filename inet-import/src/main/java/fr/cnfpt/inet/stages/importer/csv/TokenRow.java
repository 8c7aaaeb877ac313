package fr.cnfpt.inet.stages.importer.csv;

import java.util.Arrays;

/**
 * The row the {@link CsvTokenizer} is reading: its cells, stripped of surrounding white space, up to
 * a number kept; past it, cells are counted, not kept. A cell longer than the limit is kept as its
 * first {@value #SHOWN} characters and noted ({@link #tooLong()}). Reused from row to row.
 * <p>
 * Instances are not thread-safe.
 */
final class TokenRow {

    /** The characters a too-long cell keeps, to show which it is. */
    static final int SHOWN = fr.cnfpt.inet.stages.importer.spi.Problem.MAX_VALUE_LENGTH;

    private final int maxCellLength;
    private final int maxCells;
    private String[] cells;
    private int kept;
    private long count;
    private long lastFilled;
    private int tooLong;
    private long chars;

    TokenRow(int maxCellLength, int maxCells) {
        this.maxCellLength = maxCellLength;
        this.maxCells = maxCells;
        this.cells = new String[Math.min(32, maxCells)];
    }

    void clear() {
        kept = 0;
        count = 0;
        lastFilled = -1;
        tooLong = -1;
        chars = 0;
    }

    /**
     * Adds a cell.
     *
     * @param source  the characters
     * @param from  the cell's first character
     * @param to  the end of the cell's characters held
     * @param length  the cell's length: more than {@code to - from} if not all of it is held
     */
    void add(char[] source, int from, int to, long length) {
        long index = count++;
        if (length > maxCellLength) {
            lastFilled = index;
            if (index < maxCells) {
                if (tooLong < 0) {
                    tooLong = (int) index;
                }
                keep(new String(source, from, Math.min(to - from, SHOWN)));
            }
            return;
        }
        int first = from;
        int last = to;
        while (first < last && Character.isWhitespace(source[first])) {
            first++;
        }
        while (last > first && Character.isWhitespace(source[last - 1])) {
            last--;
        }
        if (first < last) {
            lastFilled = index;
        }
        if (index < maxCells) {
            chars += last - first;
            keep(first == last ? "" : new String(source, first, last - first));
        }
    }

    /** @return the cells kept: at most {@code maxCells}, a new array */
    String[] cells() {
        return Arrays.copyOf(cells, kept);
    }

    /** @return the row's width up to its last cell that is not blank, if past the cells kept; else the cells kept */
    int size() {
        return lastFilled >= kept ? (int) Math.min(lastFilled + 1, Integer.MAX_VALUE - 8) : kept;
    }

    /** @return the position of the first cell longer than the limit (kept as its start), or -1 */
    int tooLong() {
        return tooLong;
    }

    /** @return the characters of the cells kept */
    long chars() {
        return chars;
    }

    private void keep(String cell) {
        if (kept == cells.length) {
            cells = Arrays.copyOf(cells, (int) Math.min(2L * kept, maxCells));
        }
        cells[kept++] = cell;
    }
}
