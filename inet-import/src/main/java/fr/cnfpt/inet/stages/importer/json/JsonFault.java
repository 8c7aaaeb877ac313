package fr.cnfpt.inet.stages.importer.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Where and how the JSON being read breaks: bad syntax, bytes that are not UTF-8, a value too long
 * or nested too deep. Carries where the fault is (line, character column, place in the stream,
 * start of its line) so that reading can resume after it, and the parser's own words, which may
 * quote the file and are shown only for files without personal data.
 */
final class JsonFault extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DETAIL = 100;

    private final FaultKind kind;
    private final long line;
    private final long character;
    private final long position;
    private final long lineStart;
    private final String detail;

    /**
     * Creates a fault.
     *
     * @param kind  the kind, not null
     * @param line  the fault's line, 1-based
     * @param character  its column on the line, 1-based, or 0 if not known
     * @param position  its place in the stream (bytes of UTF-8)
     * @param lineStart  where its line starts in the stream, or -1 if not known
     * @param failure  the parser's failure, or null
     */
    JsonFault(FaultKind kind, long line, long character, long position, long lineStart, Exception failure) {
        super(kind.name(), null, false, false);
        this.kind = kind;
        this.line = Math.max(1, line);
        this.character = Math.max(0, character);
        this.position = position;
        this.lineStart = lineStart;
        this.detail = detail(failure);
    }

    FaultKind kind() {
        return kind;
    }

    long line() {
        return line;
    }

    long character() {
        return character;
    }

    long position() {
        return position;
    }

    long lineStart() {
        return lineStart;
    }

    /** @return the parser's words on one short line (they may quote the file), or the empty string if it gave none */
    String detail() {
        return detail;
    }

    private static String detail(Exception failure) {
        if (failure == null) {
            return "";
        }
        String message = failure instanceof JsonProcessingException json ? json.getOriginalMessage() : null;
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("");
        for (String noise : new String[] {" (start marker", ": was expecting (JSON String", " (JSON String"}) {
            int at = line.indexOf(noise);
            if (at > 0) {
                line = line.substring(0, at);
            }
        }
        StringBuilder clean = new StringBuilder();
        line.codePoints().limit(MAX_DETAIL).forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.codePointCount(0, line.length()) > MAX_DETAIL ? clean.append('…').toString() : clean.toString();
    }
}
