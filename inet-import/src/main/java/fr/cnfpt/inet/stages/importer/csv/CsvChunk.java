package fr.cnfpt.inet.stages.importer.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows parsed by the parsing thread, handed to the checking thread in chunks; the last chunk says
 * how the parse ended.
 */
final class CsvChunk {

    static final int SIZE = 1024;

    final long[] lines = new long[SIZE];
    final List<String[]> rows = new ArrayList<>(SIZE);
    /** Set on the last chunk: null if the file was read to its end, else why it stopped. */
    Failure failure;
    boolean last;

    boolean isFull() {
        return rows.size() == SIZE;
    }

    void add(long line, String[] cells) {
        lines[rows.size()] = line;
        rows.add(cells);
    }

    /** Why the parse stopped before the end of the file. */
    record Failure(long line, String code, String detail) {
    }
}
