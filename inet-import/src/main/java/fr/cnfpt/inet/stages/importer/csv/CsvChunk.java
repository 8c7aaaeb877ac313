package fr.cnfpt.inet.stages.importer.csv;

import fr.cnfpt.inet.stages.importer.spi.FileProblem;

/**
 * Rows parsed by the parsing thread, handed to the checking thread in chunks of at most
 * {@value #SIZE} rows or about {@value #MAX_CHARS} characters; the last chunk says how the parse
 * ended.
 */
final class CsvChunk {

    static final int SIZE = 1024;
    /** The characters past which a chunk is handed over, however few its rows. */
    static final long MAX_CHARS = 1 << 19;

    final long[] lines = new long[SIZE];
    final String[][] rows = new String[SIZE][];
    /** The width each row is given as: its cells kept, or more if cells past them were dropped. */
    final int[] sizes = new int[SIZE];
    /** Why each row is rejected unread, or null; null while no row is. */
    RowFault[] faults;
    int count;
    long chars;
    /** The characters this chunk holds against the parse's budget, once handed over. */
    int permits;
    /** Set on the last chunk: null if the file was read to its end, else why it stopped. */
    Failure failure;
    boolean last;

    boolean isFull() {
        return count == SIZE || chars >= MAX_CHARS;
    }

    void add(long line, String[] cells, int size, long rowChars, RowFault fault) {
        lines[count] = line;
        rows[count] = cells;
        sizes[count] = size;
        if (fault != null) {
            if (faults == null) {
                faults = new RowFault[SIZE];
            }
            faults[count] = fault;
        }
        count++;
        chars += rowChars;
    }

    RowFault fault(int row) {
        return faults == null ? null : faults[row];
    }

    /**
     * Why the parse stopped before the end of the file.
     *
     * @param line  the first line not read
     * @param code  the problem's code
     * @param detail  the limit passed, or a few words on the failure that quote nothing of the file
     */
    record Failure(long line, FileProblem code, String detail) {
    }
}
