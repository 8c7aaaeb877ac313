package fr.cnfpt.inet.stages.importer.csv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.CharBuffer;

/**
 * Splits decoded CSV text into rows of cells the way Excel, LibreOffice and Jackson read it, in
 * bounded memory, and resumes after a bad row.
 * <ul>
 * <li>A quote ({@code "}) opens a quoted value only at the start of a cell (or of a line, after
 * spaces); inside, {@code ""} is one quote, and separators and line breaks are text. Text after
 * the closing quote, up to the separator, is added as it is ({@code "a"b} is {@code ab}); a quote
 * elsewhere is text.</li>
 * <li>CR, LF and CRLF end a line, inside quoted values too: a row's line is the line it starts on.
 * Lines holding nothing (or spaces) are skipped and are not rows.</li>
 * <li>Each cell is stripped of its surrounding white space.</li>
 * <li>A cell longer than the limit is not kept: the row says where it is
 * ({@link TokenRow#tooLong()}) and keeps its first {@value TokenRow#SHOWN} characters; the cell is
 * still read to its end, so the next row is read as usual.</li>
 * <li>A row keeps at most {@code maxCells} cells; the others are counted, not kept
 * ({@link TokenRow#size()}).</li>
 * <li>A quote that is never closed swallows the rest of the text: reading stops, and
 * {@link #unclosedQuote()} gives the line where it opened.</li>
 * </ul>
 * The encoding faults the {@link DetectingReader} finds are given row by row ({@link #faults()}).
 * <p>
 * Instances are not thread-safe, except {@link #cancel()}: one per file, on the parsing thread.
 */
final class CsvTokenizer {

    /** The characters read ahead to detect the separator. */
    static final int PEEK = 8192;
    private static final int BUFFER = 1 << 16;
    private static final int SEPARATOR = 0;
    private static final int LINE_END = 1;
    private static final int TEXT_END = 2;
    private static final int UNCLOSED = 3;

    private final DetectingReader reader;
    private final EncodingFaults encodingFaults;
    private final char[] buffer = new char[BUFFER];
    private int pos;
    private int end;
    /** The offset in the text of {@code buffer[0]}. */
    private long base;
    private boolean textEnd;
    /** True if the last character read was a CR: an LF right after it ends no other line. */
    private boolean crPending;
    private long line = 1;
    private char separator = ',';
    /** The highest of the characters that end an unquoted cell. */
    private char lastSpecial = '\r';
    private long switchLine;
    private long unclosedQuote;
    private volatile boolean cancelled;

    private final TokenRow row;
    private final CellText text;
    private int faults;
    private long rowLine;
    private long rowStart;
    private boolean inRow;

    /**
     * Creates a tokenizer.
     *
     * @param reader  the decoded text
     * @param maxCellLength  the longest cell kept, in characters, at least 1
     * @param maxCells  the most cells of a row kept, at least 1
     */
    CsvTokenizer(DetectingReader reader, int maxCellLength, int maxCells) {
        this.reader = reader;
        this.encodingFaults = reader.faults();
        this.row = new TokenRow(maxCellLength, maxCells);
        this.text = new CellText(maxCellLength);
    }

    /**
     * Reads the start of the text ahead, to detect the separator: call it first.
     *
     * @return up to {@value #PEEK} characters or more, valid until {@link #next()}
     */
    CharSequence start() throws IOException {
        while (end < PEEK && !textEnd) {
            int n = reader.read(buffer, end, buffer.length - end);
            if (n < 0) {
                textEnd = true;
            } else {
                end += n;
            }
        }
        locateSwitch();
        return CharBuffer.wrap(buffer, 0, end);
    }

    /** Sets the separator: a character other than a quote, CR or LF. */
    void separateBy(char separator) {
        this.separator = separator;
        this.lastSpecial = (char) Math.max(separator, '\r');
    }

    /** Makes the next read of the text throw {@link InterruptedIOException}; any thread. */
    void cancel() {
        cancelled = true;
    }

    /**
     * Reads the next row.
     *
     * @return false at the end of the text, or if a quote is never closed ({@link #unclosedQuote()})
     */
    boolean next() throws IOException {
        if (!skipBlankLines()) {
            return false;
        }
        inRow = true;
        rowLine = line;
        rowStart = base + pos;
        row.clear();
        faults = 0;
        int ending;
        do {
            ending = cell();
        } while (ending == SEPARATOR);
        if (ending == UNCLOSED) {
            return false;
        }
        if (!encodingFaults.isEmpty()) {
            faults |= encodingFaults.take(rowStart, base + pos);
        }
        inRow = false;
        return true;
    }

    /** @return the line the row starts on, 1-based */
    long line() {
        return rowLine;
    }

    /** @return the row read: its cells, width and too-long cell; valid until the next row */
    TokenRow row() {
        return row;
    }

    /** @return the {@link EncodingFaults} kinds found in the row, or-ed; 0 if none */
    int faults() {
        return faults;
    }

    /** @return the line of a quote never closed, or 0 */
    long unclosedQuote() {
        return unclosedQuote;
    }

    /** @return the first line not read: the line of the row being read, or the line reached */
    long stoppedAt() {
        return inRow ? rowLine : line;
    }

    /** @return the line where the text turned to Windows-1252 ({@link DetectingReader#switchedAt()}), or 0 */
    long switchLine() {
        return switchLine;
    }

    private boolean skipBlankLines() throws IOException {
        while (true) {
            if (pos == end && !fill()) {
                return false;
            }
            char c = buffer[pos];
            if (c == '\n') {
                pos++;
                if (crPending) {
                    crPending = false;
                } else {
                    line++;
                }
            } else if (c == '\r') {
                pos++;
                line++;
                crPending = true;
            } else if (c == ' ') {
                pos++;
                crPending = false;
            } else {
                crPending = false;
                return true;
            }
        }
    }

    private int cell() throws IOException {
        if (pos == end && !fill()) {
            row.add(buffer, 0, 0, 0);
            return TEXT_END;
        }
        return buffer[pos] == '"' ? quoted() : unquoted();
    }

    private int unquoted() throws IOException {
        char[] b = buffer;
        char last = lastSpecial;
        char sep = separator;
        int start = pos;
        for (int i = start, e = end; i < e; i++) {
            char c = b[i];
            if (c <= last && (c == sep || c == '\n' || c == '\r')) {
                row.add(b, start, i, i - start);
                pos = i + 1;
                return ended(c);
            }
        }
        text.clear();
        text.append(b, start, end);
        pos = end;
        return rest();
    }

    /** Gathers the cell up to its end: past a buffer's end, or after a closing quote (then as it is). */
    private int rest() throws IOException {
        while (true) {
            if (pos == end && !fill()) {
                text.addTo(row);
                return TEXT_END;
            }
            char[] b = buffer;
            char sep = separator;
            int start = pos;
            for (int i = start, e = end; i < e; i++) {
                char c = b[i];
                if (c == sep || c == '\n' || c == '\r') {
                    text.append(b, start, i);
                    pos = i + 1;
                    text.addTo(row);
                    return ended(c);
                }
            }
            text.append(b, start, end);
            pos = end;
        }
    }

    private int quoted() throws IOException {
        long opened = line;
        char[] b = buffer;
        int i = ++pos;
        int run = i;
        boolean gathering = false;
        while (true) {
            if (i == end) {
                gathering = gather(gathering);
                text.append(b, run, i);
                pos = i;
                if (!fill()) {
                    unclosedQuote = opened;
                    return UNCLOSED;
                }
                i = pos;
                run = i;
                if (crPending) {
                    crPending = false;
                    i += b[i] == '\n' ? 1 : 0;
                }
                continue;
            }
            char c = b[i];
            if (c > '"') {
                i++;
                continue;
            }
            if (c == '"') {
                if (i + 1 == end) {
                    gathering = gather(gathering);
                    text.append(b, run, i);
                    pos = i + 1;
                    if (!fill()) {
                        text.addTo(row);
                        return TEXT_END;
                    }
                    if (b[pos] != '"') {
                        return rest();
                    }
                    text.append(b, pos, pos + 1);
                    i = ++pos;
                    run = i;
                    continue;
                }
                char next = b[i + 1];
                if (next == '"') {
                    gathering = gather(gathering);
                    text.append(b, run, i + 1);
                    i += 2;
                    run = i;
                    continue;
                }
                if (!gathering && (next == separator || next == '\n' || next == '\r')) {
                    row.add(b, run, i, i - run);
                    pos = i + 2;
                    return ended(next);
                }
                gather(gathering);
                text.append(b, run, i);
                pos = i + 1;
                return rest();
            }
            if (c == '\n') {
                line++;
            } else if (c == '\r') {
                line++;
                if (i + 1 == end) {
                    crPending = true;
                } else if (b[i + 1] == '\n') {
                    i++;
                }
            }
            i++;
        }
    }

    /** Starts gathering the cell's text unless it already is; returns true. */
    private boolean gather(boolean gathering) {
        if (!gathering) {
            text.clear();
        }
        return true;
    }

    private int ended(char c) {
        if (c == separator) {
            return SEPARATOR;
        }
        line++;
        crPending = c == '\r';
        return LINE_END;
    }

    /** Reads the next characters into the buffer; the faults of the characters passed go to the row read. */
    private boolean fill() throws IOException {
        if (cancelled) {
            throw new InterruptedIOException("reading cancelled");
        }
        if (textEnd) {
            return false;
        }
        if (!encodingFaults.isEmpty()) {
            faults |= encodingFaults.take(rowStart, base + end);
        }
        base += end;
        pos = 0;
        end = 0;
        int n;
        do {
            n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            textEnd = true;
            return false;
        }
        end = n;
        locateSwitch();
        return true;
    }

    /** Finds the line where the text turned to Windows-1252, once the buffer holds that point. */
    private void locateSwitch() {
        long switchedAt = reader.switchedAt();
        if (switchLine != 0 || switchedAt < 0 || switchedAt >= base + end) {
            return;
        }
        long at = line;
        boolean cr = crPending;
        for (int i = pos, to = (int) (switchedAt - base); i < to; i++) {
            char c = buffer[i];
            if (c == '\r' || c == '\n' && !cr) {
                at++;
            }
            cr = c == '\r';
        }
        switchLine = at;
    }
}
