package fr.cnfpt.inet.stages.importer.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import java.io.IOException;
import java.io.InputStream;

/**
 * The tokens of a stream of UTF-8 JSON, read with Jackson's non-blocking parser fed from a buffer
 * of 64 KiB: memory does not grow with the file, nor with a line (Jackson keeps at most a value of
 * the limits' length). Checks that the bytes are UTF-8 before the parser sees them. Turns every
 * failure of the parser into a {@link JsonFault} saying where it is, and can {@link #resume} after
 * it at the next line whose first character other than a blank is {@code {}, with a new parser.
 * <p>
 * Values, keys and numbers are no longer than a cell, nesting is bounded. Keys are kept in Jackson's
 * symbol table (bounded: Jackson empties it past 64K names), which spares a string per key read,
 * except in a JSON array, where a record of too many keys is read to its end to find the next
 * record: its keys are counted, not kept. In JSON Lines such a record is left at the limit
 * ({@link #keepsKeys()}) and reading resumes after it.
 * <p>
 * Instances are not thread-safe: one per file being read.
 */
final class JsonTokens {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final JsonFactory factory;
    private final byte[] buffer = new byte[BUFFER];
    private final CharacterColumns columns = new CharacterColumns();
    /** Where {@code buffer[0]} is in the stream. */
    private long start;
    /** The bytes of the buffer read from the stream. */
    private int filled;
    /** The bytes from the parser's start up to this index are whole UTF-8 sequences. */
    private int checked;
    /** The bytes up to this index were given to the parser. */
    private int fed;
    /** True if the byte at {@link #checked} is not UTF-8. */
    private boolean invalid;
    /** True once the stream is read to its end. */
    private boolean ended;
    private boolean inputEnded;
    private JsonParser parser;
    private ByteArrayFeeder feeder;
    /** Where the parser's first byte is in the stream: the start of a line. */
    private long parserStart;
    /** The line before the parser's first line. */
    private long lineBase;

    /**
     * Starts reading a stream.
     *
     * @param in  the stream, UTF-8
     * @param limits  the limits to keep to
     * @throws IOException if the stream cannot be read
     */
    JsonTokens(InputStream in, ImportLimits limits) throws IOException {
        this.in = in;
        while (filled == 0 && !ended) {
            int read = in.read(buffer, 0, buffer.length);
            ended = read < 0;
            filled = Math.max(0, read);
        }
        this.factory = factory(limits, !startsArray());
        startParser(0, 1);
    }

    /** @return true if the parser keeps keys in a symbol table: a record of too many keys is not read to its end */
    boolean keepsKeys() {
        return factory.isEnabled(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES);
    }

    /**
     * Reads the next token, feeding the parser as it needs.
     *
     * @return the token, or null at the end of the stream
     * @throws JsonFault if the JSON breaks there
     * @throws IOException if the stream cannot be read (or passes the largest file)
     */
    JsonToken next() throws JsonFault, IOException {
        try {
            JsonToken token = parser.nextToken();
            while (token == JsonToken.NOT_AVAILABLE) {
                feed();
                token = parser.nextToken();
            }
            return token;
        } catch (JsonProcessingException | RuntimeException e) {
            throw fault(JsonFault.Kind.of(e), e);
        }
    }

    /** @return the text of the current scalar token */
    String text() throws JsonFault {
        try {
            return parser.getText();
        } catch (IOException | RuntimeException e) {
            throw fault(JsonFault.Kind.of(e), e);
        }
    }

    /** @return the key of the current field */
    String key() throws JsonFault {
        try {
            return parser.currentName();
        } catch (IOException | RuntimeException e) {
            throw fault(JsonFault.Kind.of(e), e);
        }
    }

    /**
     * Skips the rest of a value whose first token was just read.
     *
     * @param token  the value's first token, not null
     */
    void skip(JsonToken token) throws JsonFault, IOException {
        int depth = token.isStructStart() ? 1 : 0;
        while (depth > 0) {
            JsonToken next = next();
            if (next == null) {
                throw fault(JsonFault.Kind.END_OF_INPUT, null);
            }
            depth += next.isStructStart() ? 1 : next.isStructEnd() ? -1 : 0;
        }
    }

    /** @return where the current token starts: its line and the column of its first character */
    Place place() {
        JsonLocation token = parser.currentTokenLocation();
        long line = lineBase + token.getLineNr();
        int column = token.getColumnNr();
        if (column <= 1) {
            return new Place(line, Math.max(0, column));
        }
        JsonLocation here = parser.currentLocation();
        long lineStart = lineStart(here);
        if (here.getLineNr() != token.getLineNr() || lineStart < 0) {
            return new Place(line, column);
        }
        return new Place(line, columns.column(buffer, start, filled, lineStart, lineStart + column - 1));
    }

    /** @return the line being read, 1-based */
    long line() {
        return parser == null ? lineBase + 1 : lineBase + Math.max(1, parser.currentLocation().getLineNr());
    }

    /**
     * Tells whether a fault is a {@code {} that opens its line (only blanks before it): the record
     * before it was left open, and a new one starts there.
     *
     * @param fault  the fault, not null
     * @return true if reading can resume at the fault's own line
     */
    boolean opensLine(JsonFault fault) {
        long at = fault.position() - start;
        long from = fault.lineStart() - start;
        if (fault.lineStart() < 0 || from < 0 || at >= filled || at < from || buffer[(int) at] != '{') {
            return false;
        }
        for (int i = (int) from; i < at; i++) {
            if (!isBlank(buffer[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Resumes reading after a fault, with a new parser: at the fault's line if it
     * {@linkplain #opensLine opens it}, else at the next line whose first character other than a
     * blank is {@code {}. The lines in between are skipped.
     *
     * @param fault  the fault, not null
     * @param atFaultLine  true to resume at the fault's own line
     * @return false if no such line remains: the stream is read to its end
     * @throws IOException if the stream cannot be read
     */
    boolean resume(JsonFault fault, boolean atFaultLine) throws IOException {
        closeParser();
        long line = fault.line();
        int at = (int) Math.max(0, Math.min(filled, (atFaultLine ? fault.lineStart() : fault.position()) - start));
        int lineStartAt = at;
        boolean skipping = !atFaultLine;
        lineBase = line - 1;
        while (true) {
            if (at >= filled) {
                int keep = skipping || filled - lineStartAt >= buffer.length ? at : lineStartAt;
                if (!readMore(keep)) {
                    return false;
                }
                at -= keep;
                lineStartAt = Math.max(0, lineStartAt - keep);
                continue;
            }
            if (skipping) {
                int end = indexOfNewLine(at);
                if (end < 0) {
                    at = filled;
                    continue;
                }
                at = end + 1;
                lineStartAt = at;
                lineBase = line++;
                skipping = false;
            } else if (buffer[at] == '\n') {
                at++;
                lineStartAt = at;
                lineBase = line++;
            } else if (isBlank(buffer[at])) {
                at++;
            } else if (buffer[at] == '{') {
                startParser(lineStartAt, line);
                return true;
            } else {
                skipping = true;
            }
        }
    }

    /**
     * Creates the fault of a failure at the parser's place.
     *
     * @param kind  the kind of fault, not null
     * @param failure  the parser's failure, or null
     * @return the fault, not null
     */
    JsonFault fault(JsonFault.Kind kind, Exception failure) {
        JsonLocation here = parser.currentLocation();
        long line = lineBase + Math.max(1, here.getLineNr());
        long lineStart = lineStart(here);
        long position = parserStart + Math.max(0, here.getByteOffset());
        JsonLocation at = failure instanceof JsonProcessingException json ? json.getLocation() : null;
        if (at != null && lineStart >= 0 && at.getLineNr() == here.getLineNr() && at.getColumnNr() >= 1
                && at.getColumnNr() <= here.getColumnNr()) {
            position = lineStart + at.getColumnNr() - 1;
        }
        long character = lineStart < 0 ? 0 : columns.column(buffer, start, filled, lineStart, position);
        return new JsonFault(kind, line, character, position, lineStart, failure);
    }

    private void feed() throws JsonFault, IOException {
        if (fed == checked && !invalid && !inputEnded) {
            refill();
        }
        if (fed < checked) {
            feeder.feedInput(buffer, fed, checked);
            fed = checked;
        } else if (invalid) {
            throw fault(JsonFault.Kind.NOT_UTF8, null);
        } else if (!inputEnded) {
            feeder.endOfInput();
            inputEnded = true;
        } else {
            throw fault(JsonFault.Kind.END_OF_INPUT, null);
        }
    }

    /** Drops the bytes the parser consumed and reads more, until some can be fed or the stream ends. */
    private void refill() throws IOException {
        JsonLocation here = parser.currentLocation();
        long lineStart = lineStart(here);
        if (lineStart >= 0) {
            columns.column(buffer, start, filled, lineStart, start + fed);
        }
        int kept = filled - fed;
        System.arraycopy(buffer, fed, buffer, 0, kept);
        start += fed;
        filled = kept;
        checked = 0;
        fed = 0;
        while (!ended && checked == 0 && !invalid) {
            int read = in.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                ended = true;
            } else {
                filled += read;
            }
            check();
        }
    }

    /** Reads more bytes for {@link #resume}, keeping those from an index on; false at the end of the stream. */
    private boolean readMore(int keep) throws IOException {
        if (ended) {
            return false;
        }
        System.arraycopy(buffer, keep, buffer, 0, filled - keep);
        start += keep;
        filled -= keep;
        int read = in.read(buffer, filled, buffer.length - filled);
        if (read < 0) {
            ended = true;
            return false;
        }
        filled += read;
        return true;
    }

    private void check() {
        checked = Utf8.validPrefix(buffer, checked, filled);
        invalid = checked < filled && (ended || !Utf8.isCut(buffer, checked, filled));
    }

    private void startParser(int from, long line) {
        try {
            parser = factory.createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new IllegalStateException("Jackson's non-blocking parser could not be created", e);
        }
        feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
        parserStart = start + from;
        lineBase = line - 1;
        fed = from;
        checked = from;
        invalid = false;
        inputEnded = false;
        check();
    }

    private void closeParser() {
        try {
            parser.close();
        } catch (IOException | RuntimeException e) {
            // nothing to release: the parser reads from our buffer
        }
        parser = null;
    }

    /** @return where the parser's current line starts in the stream, or -1 if its location is not usable */
    private long lineStart(JsonLocation here) {
        if (here.getColumnNr() < 1 || here.getByteOffset() < 0) {
            return -1;
        }
        return parserStart + here.getByteOffset() - (here.getColumnNr() - 1);
    }

    private int indexOfNewLine(int from) {
        for (int i = from; i < filled; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** @return true if the first character other than a blank in the first buffer is {@code [} */
    private boolean startsArray() {
        for (int i = 0; i < filled; i++) {
            if (buffer[i] != '\n' && !isBlank(buffer[i])) {
                return buffer[i] == '[';
            }
        }
        return true;
    }

    private static JsonFactory factory(ImportLimits limits, boolean keepingKeys) {
        return JsonFactory.builder()
                .configure(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES, keepingKeys)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxCellLength())
                        .maxNameLength(limits.maxCellLength())
                        .maxNumberLength(limits.maxCellLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .build();
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }
}
