package fr.cnfpt.inet.stages.importer.csv;

import java.util.Arrays;

/**
 * The text of a cell the {@link CsvTokenizer} gathers piece by piece: a cell that spans two buffers,
 * or a quoted value holding a doubled quote. Keeps no more than the limit, and counts the rest, so
 * that a cell of 50 MB costs the limit and no more.
 * <p>
 * Instances are not thread-safe.
 */
final class CellText {

    private final int limit;
    private char[] chars = new char[256];
    private int kept;
    private long length;

    /** @param limit  the most characters kept */
    CellText(int limit) {
        this.limit = limit;
    }

    void clear() {
        kept = 0;
        length = 0;
    }

    /** Adds characters: all are counted, those within the limit kept. */
    void append(char[] source, int from, int to) {
        int n = to - from;
        int copied = Math.min(n, limit - kept);
        if (copied > 0) {
            if (kept + copied > chars.length) {
                chars = Arrays.copyOf(chars, (int) Math.min(Math.max(2L * chars.length, kept + copied), limit));
            }
            System.arraycopy(source, from, chars, kept, copied);
            kept += copied;
        }
        length += n;
    }

    /** Adds the text, as a cell, to a row. */
    void addTo(TokenRow row) {
        row.add(chars, 0, kept, length);
    }
}
