package fr.cnfpt.inet.stages.importer.spi;

/**
 * The bounds an import keeps to, so that a hostile or mistaken file is refused with a clear
 * message instead of exhausting memory. Beyond a bound, the file is rejected from that point.
 * <p>
 * The defaults ({@link #defaults()}) are documented in {@code docs/formats.md}: 2 GiB per file,
 * 10,000,000 data rows, 32,767 characters per cell (Excel's own limit), JSON nested 16 deep, 1,000
 * columns (or keys of a JSON record).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param maxFileBytes  the largest file, in bytes, at least 1
 * @param maxRows  the most data rows in a file, at least 1
 * @param maxCellLength  the longest cell, in characters, at least 1
 * @param maxNestingDepth  the deepest JSON nesting, at least 2
 * @param maxColumns  the most columns of a header or row, or keys of a JSON record, at least 1
 */
public record ImportLimits(long maxFileBytes, long maxRows, int maxCellLength, int maxNestingDepth, int maxColumns) {

    /** The default largest file: 2 GiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    /** The default most data rows: 10,000,000. */
    public static final long DEFAULT_MAX_ROWS = 10_000_000L;
    /** The default longest cell: 32,767 characters, the most an Excel cell holds. */
    public static final int DEFAULT_MAX_CELL_LENGTH = 32_767;
    /** The default deepest JSON nesting: 16 (a record file needs 3). */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 16;
    /** The default most columns or keys: 1,000 (a record has 17 fields; a sheet may add its own columns). */
    public static final int DEFAULT_MAX_COLUMNS = 1_000;

    /**
     * Creates limits.
     *
     * @param maxFileBytes  the largest file, at least 1
     * @param maxRows  the most rows, at least 1
     * @param maxCellLength  the longest cell, at least 1
     * @param maxNestingDepth  the deepest nesting, at least 2
     * @param maxColumns  the most columns or keys, at least 1
     */
    public ImportLimits {
        if (maxFileBytes < 1 || maxRows < 1 || maxCellLength < 1 || maxNestingDepth < 2 || maxColumns < 1) {
            throw new IllegalArgumentException("import limits must be positive (nesting at least 2): " + maxFileBytes
                    + ", " + maxRows + ", " + maxCellLength + ", " + maxNestingDepth + ", " + maxColumns);
        }
    }

    /**
     * Returns the documented defaults.
     *
     * @return the limits, not null
     */
    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ROWS, DEFAULT_MAX_CELL_LENGTH,
                DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_COLUMNS);
    }

    /**
     * Returns a copy with another largest file.
     *
     * @param bytes  the largest file, at least 1
     * @return the limits, not null
     */
    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxRows, maxCellLength, maxNestingDepth, maxColumns);
    }

    /**
     * Returns a copy with another row count.
     *
     * @param rows  the most rows, at least 1
     * @return the limits, not null
     */
    public ImportLimits withMaxRows(long rows) {
        return new ImportLimits(maxFileBytes, rows, maxCellLength, maxNestingDepth, maxColumns);
    }

    /**
     * Returns a copy with another cell length.
     *
     * @param length  the longest cell, at least 1
     * @return the limits, not null
     */
    public ImportLimits withMaxCellLength(int length) {
        return new ImportLimits(maxFileBytes, maxRows, length, maxNestingDepth, maxColumns);
    }

    /**
     * Returns a copy with another most columns or keys.
     *
     * @param columns  the most columns, at least 1
     * @return the limits, not null
     */
    public ImportLimits withMaxColumns(int columns) {
        return new ImportLimits(maxFileBytes, maxRows, maxCellLength, maxNestingDepth, columns);
    }
}
