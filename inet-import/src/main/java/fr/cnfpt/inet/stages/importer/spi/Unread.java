package fr.cnfpt.inet.stages.importer.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * The part of a file an importer could not read: where reading stopped (an unclosed quote, a
 * truncated archive, a limit passed) and how many lines were left from there to the end. A file
 * read to its end has {@link #NOTHING} unread. Rows in the unread part are neither accepted nor
 * rejected: a caller that publishes what was read must count them as left out, or refuse.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fromLine  the first line (Excel row) not read, 1-based; 0 only for {@link #NOTHING}
 * @param lines  the lines from {@code fromLine} to the end of the file, or -1 if unknown (an archive)
 */
public record Unread(long fromLine, long lines) {

    /** Nothing unread: the file was read to its end. */
    public static final Unread NOTHING = new Unread(0, 0);

    /**
     * Creates the unread part.
     *
     * @param fromLine  the first line not read, at least 1 (0 only with 0 lines)
     * @param lines  the lines left, at least 1, or -1 if unknown
     */
    public Unread {
        boolean nothing = fromLine == 0 && lines == 0;
        if (!nothing && (fromLine < 1 || lines == 0 || lines < -1)) {
            throw new IllegalArgumentException("an unread part starts on a line and holds at least one line (or an"
                    + " unknown number, -1): from " + fromLine + ", " + lines + " lines");
        }
    }

    /**
     * Obtains the unread part of an archive or another format whose lines cannot be counted.
     *
     * @param fromLine  the first line or row not read, at least 1
     * @return the unread part, its number of lines unknown, not null
     */
    public static Unread from(long fromLine) {
        return new Unread(Math.max(1, fromLine), -1);
    }

    /**
     * Counts the unread part of a text file: opens its content again and counts its lines from
     * {@code fromLine} to the end (lines end with LF, CR LF or CR; a last line without a line break
     * counts). The count is bounded by
     * the request's largest file; if the content cannot be read again, the number is unknown. Never
     * throws.
     *
     * @param request  the file, not null
     * @param fromLine  the first line not read, 1-based
     * @return the unread part, not null
     */
    public static Unread counted(ImportRequest request, long fromLine) {
        long first = Math.max(1, fromLine);
        try (InputStream in = request.openBounded()) {
            long lines = lines(in);
            return new Unread(first, Math.max(1, lines - first + 1));
        } catch (IOException | RuntimeException e) {
            // A content that cannot be read again (a stream, a fault): the lines left are not known.
            return from(first);
        }
    }

    /** @return true if the whole file was read */
    public boolean isNothing() {
        return fromLine == 0;
    }

    /** @return true if the number of lines left is known */
    public boolean isCounted() {
        return lines >= 0;
    }

    /** Counts lines ended by LF, CR LF or a lone CR (as the importers do), and a last line without an end. */
    private static long lines(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long lines = 0;
        int previous = '\n';
        for (int n; (n = in.read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n' && previous != '\r' || b == '\r') {
                    lines++;
                }
                previous = b;
            }
        }
        return previous == '\n' || previous == '\r' ? lines : lines + 1;
    }
}
