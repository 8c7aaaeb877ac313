package fr.cnfpt.inet.stages.importer.csv;

/**
 * What the parsing thread made of a run of rows (the records, problems and rejections their
 * binding sent), handed to the caller's thread; the last chunk ends the file.
 */
final class CsvChunk {

    /** Rows per chunk. */
    static final int SIZE = 1024;

    final SinkBuffer events = new SinkBuffer();
    private int rows;
    boolean last;
    /** Set on the last chunk if binding a row failed unexpectedly (a defect): rethrown to the caller. */
    RuntimeException crash;

    /** Counts a row bound into this chunk; returns true when the chunk is full. */
    boolean countRow() {
        return ++rows == SIZE;
    }
}
