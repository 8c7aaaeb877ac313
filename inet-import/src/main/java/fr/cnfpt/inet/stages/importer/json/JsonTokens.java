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

    private final JsonBytes bytes;
    private final JsonFactory factory;
    private final CharacterColumns columns = new CharacterColumns();
    private JsonParser parser;
    private ByteArrayFeeder feeder;
    private boolean inputEnded;
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
        this.bytes = new JsonBytes(in);
        this.factory = factory(limits, !bytes.startsArray());
        startParser(1);
    }

    /** @return true if the parser keeps keys in a symbol table: a record of too many keys is left at the limit */
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
            throw fault(FaultKind.of(e), e);
        }
    }

    /** @return the text of the current scalar token */
    String text() throws JsonFault {
        try {
            return parser.getText();
        } catch (IOException | RuntimeException e) {
            throw fault(FaultKind.of(e), e);
        }
    }

    /** @return the key of the current field */
    String key() throws JsonFault {
        try {
            return parser.currentName();
        } catch (IOException | RuntimeException e) {
            throw fault(FaultKind.of(e), e);
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
                throw fault(FaultKind.END_OF_INPUT, null);
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
        return new Place(line, column(lineStart, lineStart + column - 1));
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
        return bytes.opensLine(fault.lineStart(), fault.position());
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
        lineBase = fault.line() - 1;
        long line = bytes.resume(atFaultLine ? fault.lineStart() : fault.position(), fault.line(), atFaultLine);
        if (line == 0) {
            return false;
        }
        startParser(line);
        return true;
    }

    /**
     * Creates the fault of a failure at the parser's place.
     *
     * @param kind  the kind of fault, not null
     * @param failure  the parser's failure, or null
     * @return the fault, not null
     */
    JsonFault fault(FaultKind kind, Exception failure) {
        JsonLocation here = parser.currentLocation();
        long line = lineBase + Math.max(1, here.getLineNr());
        long lineStart = lineStart(here);
        long position = parserStart + Math.max(0, here.getByteOffset());
        JsonLocation at = failure instanceof JsonProcessingException json ? json.getLocation() : null;
        if (at != null && lineStart >= 0 && at.getLineNr() == here.getLineNr() && at.getColumnNr() >= 1
                && at.getColumnNr() <= here.getColumnNr()) {
            position = lineStart + at.getColumnNr() - 1;
        }
        long character = lineStart < 0 ? 0 : column(lineStart, position);
        return new JsonFault(kind, line, character, position, lineStart, failure);
    }

    private void feed() throws JsonFault, IOException {
        if (bytes.fed() == bytes.checked() && !bytes.invalid() && !inputEnded) {
            long lineStart = lineStart(parser.currentLocation());
            if (lineStart >= 0) {
                column(lineStart, bytes.start() + bytes.fed());
            }
            bytes.refill();
        }
        if (bytes.fed() < bytes.checked()) {
            feeder.feedInput(bytes.bytes(), bytes.fed(), bytes.checked());
            bytes.allFed();
        } else if (bytes.invalid()) {
            throw fault(FaultKind.NOT_UTF8, null);
        } else if (!inputEnded) {
            feeder.endOfInput();
            inputEnded = true;
        } else {
            throw fault(FaultKind.END_OF_INPUT, null);
        }
    }

    /** Counts the characters of a line up to a byte: its column (carried on before bytes are dropped). */
    private long column(long lineStart, long position) {
        return columns.column(bytes.bytes(), bytes.start(), bytes.filled(), lineStart, position);
    }

    /** Starts a parser at the window's feeding position, the start of a line. */
    private void startParser(long line) {
        try {
            parser = factory.createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new IllegalStateException("Jackson's non-blocking parser could not be created", e);
        }
        feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
        parserStart = bytes.start() + bytes.fed();
        lineBase = line - 1;
        inputEnded = false;
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
}
