package fr.cnfpt.inet.stages.importer.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches the bytes of a workbook's part as its XML parser reads them, whatever the parser:
 * <ul>
 * <li>a DOCTYPE declaration is refused ({@link WorkbookRefusal.Reason#DOCTYPE}): it is the only
 * place entities are declared (billion laughs, external entities), and no spreadsheet program
 * writes one; POI's parsers refuse it too, but in words that depend on the parser and the locale;</li>
 * <li>a tag, comment or processing instruction longer than {@link #MAX_MARKUP_CHARACTERS} is refused
 * ({@link WorkbookRefusal.Reason#MARKUP_TOO_LONG}): a parser holds it whole in memory, while text
 * between tags reaches the importer in pieces;</li>
 * <li>an encoding other than UTF-8 and UTF-16 is refused ({@link WorkbookRefusal.Reason#ENCODING}):
 * ECMA-376 allows no other, and in another the guard could not see a DOCTYPE.</li>
 * </ul>
 * The scan reads code units (bytes, or pairs of bytes in UTF-16) and costs a few nanoseconds each.
 */
final class MarkupGuard extends FilterInputStream {

    /** The longest tag (with its attributes), comment or processing instruction: 4 Mi characters. */
    static final int MAX_MARKUP_CHARACTERS = 4 * 1024 * 1024;
    private static final String DOCTYPE = "!DOCTYPE";
    private static final String COMMENT_START = "!--";
    private static final String CDATA_START = "![CDATA[";

    private enum State { TEXT, OPENED, TAG, QUOTED, COMMENT, INSTRUCTION, CDATA }

    private enum Encoding { UNKNOWN, ONE_BYTE, UTF_16LE, UTF_16BE }

    private final String part;
    private final int maxMarkup;
    private final StringBuilder opening = new StringBuilder(8);
    private final byte[] head = new byte[4];
    private int headLength;
    private Encoding encoding = Encoding.UNKNOWN;
    private State state = State.TEXT;
    private int pendingByte = -1;
    private int quote;
    private int previous;
    private int beforePrevious;
    private long markupLength;

    MarkupGuard(InputStream in, String part) {
        this(in, part, MAX_MARKUP_CHARACTERS);
    }

    MarkupGuard(InputStream in, String part, int maxMarkup) {
        super(in);
        this.part = part;
        this.maxMarkup = maxMarkup;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            scan(new byte[] {(byte) b}, 0, 1);
        } else {
            endOfPart();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            scan(buffer, offset, n);
        } else if (n < 0) {
            endOfPart();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int read = buffer.length == 0 ? 0 : read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void scan(byte[] buffer, int offset, int length) throws WorkbookRefusal {
        for (int i = offset; i < offset + length; i++) {
            int b = buffer[i] & 0xFF;
            if (encoding == Encoding.UNKNOWN) {
                head[headLength++] = (byte) b;
                if (headLength < head.length) {
                    continue;
                }
                detect();
                for (byte first : head) {
                    unitOf(first & 0xFF);
                }
                continue;
            }
            unitOf(b);
        }
    }

    private void endOfPart() throws WorkbookRefusal {
        if (encoding == Encoding.UNKNOWN && headLength > 0) {
            detect();
            for (int i = 0; i < headLength; i++) {
                unitOf(head[i] & 0xFF);
            }
        }
    }

    /**
     * Tells the encoding from the first four bytes, as appendix F of XML 1.0 does: UTF-16 with or
     * without its mark; UCS-4 (two zero bytes among four, with a {@code <} or a mark) and EBCDIC
     * refused; anything else read one byte at a time (UTF-8 and the ASCII-compatible encodings, and
     * bytes that are not XML, which the parser refuses).
     */
    private void detect() throws WorkbookRefusal {
        int b0 = byteAt(0);
        int b1 = byteAt(1);
        int b2 = byteAt(2);
        int b3 = byteAt(3);
        boolean twoZeros = b2 == 0 && b3 == 0;
        if (b0 == 0xFE && b1 == 0xFF && !twoZeros || b0 == 0 && b1 == '<' && b2 == 0 && b3 > 0) {
            encoding = Encoding.UTF_16BE;
        } else if (b0 == 0xFF && b1 == 0xFE && !twoZeros || b0 == '<' && b1 == 0 && b2 > 0 && b3 == 0) {
            encoding = Encoding.UTF_16LE;
        } else if (isUcs4(b0, b1, b2, b3) || b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94) {
            throw new WorkbookRefusal(WorkbookRefusal.Reason.ENCODING, part);
        } else {
            encoding = Encoding.ONE_BYTE;
        }
    }

    private static boolean isUcs4(int... first) {
        int zeros = 0;
        boolean marked = false;
        for (int b : first) {
            zeros += b == 0 ? 1 : 0;
            marked |= b == '<' || b == 0xFE || b == 0xFF;
        }
        return zeros >= 2 && marked;
    }

    private int byteAt(int index) {
        return index < headLength ? head[index] & 0xFF : -1;
    }

    private void unitOf(int b) throws WorkbookRefusal {
        if (encoding == Encoding.ONE_BYTE) {
            step(b);
        } else if (pendingByte < 0) {
            pendingByte = b;
        } else {
            step(encoding == Encoding.UTF_16LE ? pendingByte | b << 8 : pendingByte << 8 | b);
            pendingByte = -1;
        }
    }

    private void step(int c) throws WorkbookRefusal {
        int remembered = c;
        switch (state) {
            case TEXT -> {
                if (c == '<') {
                    state = State.OPENED;
                    opening.setLength(0);
                    markupLength = 1;
                }
            }
            case OPENED -> remembered = opened(c);
            case TAG -> {
                if (c == '"' || c == '\'') {
                    quote = c;
                    state = State.QUOTED;
                } else if (c == '>') {
                    state = State.TEXT;
                }
            }
            case QUOTED -> {
                if (c == quote) {
                    state = State.TAG;
                }
            }
            case COMMENT -> {
                if (c == '>' && previous == '-' && beforePrevious == '-') {
                    state = State.TEXT;
                }
            }
            case INSTRUCTION -> {
                if (c == '>' && previous == '?') {
                    state = State.TEXT;
                }
            }
            case CDATA -> {
                if (c == '>' && previous == ']' && beforePrevious == ']') {
                    state = State.TEXT;
                }
            }
        }
        if (state != State.TEXT && state != State.CDATA && ++markupLength > maxMarkup) {
            throw new WorkbookRefusal(WorkbookRefusal.Reason.MARKUP_TOO_LONG, part);
        }
        beforePrevious = previous;
        previous = remembered;
    }

    /**
     * Reads the first characters after a {@code <} to tell a tag from a declaration, a comment or a
     * character section; returns the character to remember as the previous one (none for the last
     * character of an opening, so that {@code <!-->} does not close its comment).
     */
    private int opened(int c) throws WorkbookRefusal {
        opening.append(c < 128 ? (char) c : '\uFFFD');
        String start = opening.toString();
        if (start.equals(DOCTYPE)) {
            throw new WorkbookRefusal(WorkbookRefusal.Reason.DOCTYPE, part);
        }
        if (start.equals(COMMENT_START)) {
            state = State.COMMENT;
        } else if (start.equals(CDATA_START)) {
            state = State.CDATA;
        } else if (start.equals("?")) {
            state = State.INSTRUCTION;
        } else if (DOCTYPE.startsWith(start) || COMMENT_START.startsWith(start) || CDATA_START.startsWith(start)) {
            return c;
        } else if (c == '"' || c == '\'') {
            quote = c;
            state = State.QUOTED;
            return c;
        } else {
            state = c == '>' ? State.TEXT : State.TAG;
            return c;
        }
        return 0;
    }
}
