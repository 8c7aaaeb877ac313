package fr.cnfpt.inet.stages.importer.json;

import java.io.IOException;
import java.io.InputStream;

/**
 * A window of 64 KiB on a stream of UTF-8 bytes, from which the parser is fed: the bytes from the
 * feeding's start to {@link #checked()} are whole UTF-8 sequences, those before {@link #fed()} were
 * given to the parser. Finds where reading can resume after a fault: the next line whose first
 * character other than a blank is {@code {}. Memory does not grow with a line: bytes are dropped
 * once fed or skipped.
 * <p>
 * Instances are not thread-safe: one per file being read.
 */
final class JsonBytes {

    private static final int SIZE = 1 << 16;

    private final InputStream in;
    private final byte[] bytes = new byte[SIZE];
    /** Where {@code bytes[0]} is in the stream. */
    private long start;
    private int filled;
    private int checked;
    private int fed;
    /** True if the byte at {@link #checked} is not UTF-8. */
    private boolean invalid;
    private boolean ended;

    /**
     * Opens the window on a stream and reads its first bytes.
     *
     * @param in  the stream, UTF-8
     * @throws IOException if the stream cannot be read
     */
    JsonBytes(InputStream in) throws IOException {
        this.in = in;
        while (filled == 0 && !ended) {
            int read = in.read(bytes, 0, bytes.length);
            ended = read < 0;
            filled = Math.max(0, read);
        }
        feedFrom(0);
    }

    byte[] bytes() {
        return bytes;
    }

    /** @return where the window's first byte is in the stream */
    long start() {
        return start;
    }

    /** @return how many bytes the window holds */
    int filled() {
        return filled;
    }

    /** @return the end of the bytes known to be UTF-8, an index in the window */
    int checked() {
        return checked;
    }

    /** @return the end of the bytes given to the parser, an index in the window */
    int fed() {
        return fed;
    }

    /** @return true if the byte at {@link #checked()} is not UTF-8 */
    boolean invalid() {
        return invalid;
    }

    /** Notes that the bytes up to {@link #checked()} were given to the parser. */
    void allFed() {
        fed = checked;
    }

    /** @return true if the first character other than a blank in the first bytes is {@code [} */
    boolean startsArray() {
        for (int i = 0; i < filled; i++) {
            if (bytes[i] != '\n' && !isBlank(bytes[i])) {
                return bytes[i] == '[';
            }
        }
        return true;
    }

    /**
     * Drops the bytes fed and reads more, until some can be fed, one is not UTF-8, or the stream
     * ends (a sequence cut by the end is then not UTF-8).
     *
     * @throws IOException if the stream cannot be read
     */
    void refill() throws IOException {
        drop(fed);
        checked = 0;
        while (!ended && checked == 0 && !invalid) {
            read();
            check();
        }
        check();
    }

    /**
     * Tells whether a byte is a {@code {} that opens its line: only blanks before it.
     *
     * @param lineStart  where the line starts in the stream
     * @param position  where the byte is in the stream
     * @return true if it is, and the line is still in the window
     */
    boolean opensLine(long lineStart, long position) {
        long from = lineStart - start;
        long at = position - start;
        if (lineStart < 0 || from < 0 || at >= filled || at < from || bytes[(int) at] != '{') {
            return false;
        }
        for (int i = (int) from; i < at; i++) {
            if (!isBlank(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves to the line where a record can start, and feeds the parser from its start: the line at
     * a position if {@code atThatLine}, else the next line whose first character other than a blank
     * is {@code {}. The lines in between are dropped unread.
     *
     * @param position  where to look from in the stream: a line's start if {@code atThatLine}
     * @param line  the line of that position
     * @param atThatLine  true to resume at the position's line
     * @return the line found, or 0 if the stream ends first
     * @throws IOException if the stream cannot be read
     */
    long resume(long position, long line, boolean atThatLine) throws IOException {
        int at = (int) Math.max(0, Math.min(filled, position - start));
        int lineStart = at;
        boolean skipping = !atThatLine;
        boolean afterReturn = false;
        long current = line;
        while (true) {
            if (at >= filled) {
                int keep = skipping || filled - lineStart >= bytes.length ? at : lineStart;
                if (ended) {
                    return 0;
                }
                drop(keep);
                read();
                at -= keep;
                lineStart = Math.max(0, lineStart - keep);
            } else if (skipping) {
                int end = indexOfLineBreak(at);
                at = end < 0 ? filled : end + 1;
                if (end >= 0) {
                    afterReturn = bytes[end] == '\r';
                    lineStart = at;
                    current++;
                    skipping = false;
                }
            } else if (bytes[at] == '\n' || bytes[at] == '\r') {
                // a line ends at LF, CR or CR LF, as Jackson counts lines
                current += afterReturn && bytes[at] == '\n' ? 0 : 1;
                afterReturn = bytes[at] == '\r';
                lineStart = ++at;
            } else if (bytes[at] == ' ' || bytes[at] == '\t') {
                afterReturn = false;
                at++;
            } else if (bytes[at] == '{') {
                feedFrom(lineStart);
                return current;
            } else {
                afterReturn = false;
                skipping = true;
            }
        }
    }

    /** Starts feeding (and checking) the bytes from an index on. */
    private void feedFrom(int index) {
        fed = index;
        checked = index;
        invalid = false;
        check();
    }

    private void check() {
        checked = Utf8.validPrefix(bytes, checked, filled);
        invalid = checked < filled && (ended || !Utf8.isCut(bytes, checked, filled));
    }

    private void drop(int count) {
        System.arraycopy(bytes, count, bytes, 0, filled - count);
        start += count;
        filled -= count;
        fed = Math.max(0, fed - count);
    }

    private void read() throws IOException {
        int read = in.read(bytes, filled, bytes.length - filled);
        if (read < 0) {
            ended = true;
        } else {
            filled += read;
        }
    }

    private int indexOfLineBreak(int from) {
        for (int i = from; i < filled; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }
}
