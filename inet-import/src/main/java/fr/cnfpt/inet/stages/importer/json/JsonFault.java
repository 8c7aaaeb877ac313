package fr.cnfpt.inet.stages.importer.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;

/**
 * Where and how the JSON being read breaks: bad syntax, bytes that are not UTF-8, a value too long
 * or nested too deep. Carries where the fault is (line, character column, place in the stream,
 * start of its line) so that reading can resume after it, and the parser's own words, which may
 * quote the file and are shown only for files without personal data.
 */
final class JsonFault extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DETAIL = 100;

    /** The kinds of fault, each with its problem code and a few words that quote nothing of the file. */
    enum Kind {
        /** A character where none of its kind may be. */
        UNEXPECTED_CHARACTER("JSON_INVALID", "caractère inattendu", "unexpected character"),
        /** A word that is not {@code true}, {@code false} or {@code null}: text not in quotes. */
        UNKNOWN_WORD("JSON_INVALID", "mot inconnu (un texte s'écrit entre guillemets)",
                "unknown word (a text is written between double quotes)"),
        /** A line break or another control character inside a text. */
        CONTROL_CHARACTER("JSON_INVALID", "retour à la ligne ou caractère de contrôle dans un texte (écrivez \\n, \\t)",
                "line break or control character inside a text (write \\n, \\t)"),
        /** The end of the file inside a record or an array. */
        END_OF_INPUT("JSON_INVALID", "le fichier finit avant la fin de l'enregistrement",
                "the file ends before the end of the record"),
        /** A closing bracket or brace that closes nothing. */
        UNEXPECTED_CLOSE("JSON_INVALID", "« ] » ou « } » qui ne ferme rien", "\"]\" or \"}\" closing nothing"),
        /** A number badly written. */
        NUMBER("JSON_INVALID", "nombre mal écrit", "badly written number"),
        /** A backslash sequence that JSON does not know. */
        ESCAPE("JSON_INVALID", "séquence d'échappement (\\…) inconnue", "unknown escape sequence (\\…)"),
        /** Any other fault of syntax. */
        SYNTAX("JSON_INVALID", "syntaxe incorrecte", "invalid syntax"),
        /** Bytes that are not UTF-8. */
        NOT_UTF8("ENCODING_INVALID", "octets qui ne sont pas de l'UTF-8", "bytes that are not UTF-8"),
        /** A value, key or number longer than the limit. */
        TOO_LONG("CELL_TOO_LONG", "valeur trop longue", "value too long"),
        /** Arrays or objects nested deeper than the limit. */
        TOO_DEEP("NESTING_TOO_DEEP", "imbrication trop profonde", "nesting too deep"),
        /** A record of more keys than the limit, not read further. */
        TOO_MANY_KEYS("KEYS_TOO_MANY", "trop de clés", "too many keys");

        private final String code;
        private final String french;
        private final String english;

        Kind(String code, String french, String english) {
            this.code = code;
            this.french = french;
            this.english = english;
        }

        /** @return the problem's code */
        String code() {
            return code;
        }

        /** @return the fault in a few French words */
        String french() {
            return french;
        }

        /** @return the fault in a few English words */
        String english() {
            return english;
        }

        /** Tells the kind of a Jackson failure from its type and the start of its message. */
        static Kind of(Exception failure) {
            if (failure instanceof StreamConstraintsException) {
                return String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("depth") ? TOO_DEEP : TOO_LONG;
            }
            if (failure instanceof JsonEOFException) {
                return END_OF_INPUT;
            }
            String message = failure instanceof JsonProcessingException json ? json.getOriginalMessage()
                    : failure.getMessage();
            String start = message == null ? "" : message;
            if (start.startsWith("Invalid UTF-8")) {
                return NOT_UTF8;
            }
            if (start.startsWith("Unrecognized token")) {
                return UNKNOWN_WORD;
            }
            if (start.startsWith("Illegal unquoted character")) {
                return CONTROL_CHARACTER;
            }
            if (start.startsWith("Unexpected end-of-input")) {
                return END_OF_INPUT;
            }
            if (start.startsWith("Unexpected close marker")) {
                return UNEXPECTED_CLOSE;
            }
            if (start.startsWith("Unrecognized character escape")) {
                return ESCAPE;
            }
            if (start.startsWith("Unexpected character") || start.startsWith("Illegal character")) {
                return start.contains("numeric value") ? NUMBER : UNEXPECTED_CHARACTER;
            }
            String lower = start.toLowerCase(Locale.ROOT);
            return lower.contains("numeric") || lower.contains("number") || lower.contains("leading zero") ? NUMBER
                    : SYNTAX;
        }
    }

    private final Kind kind;
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
    JsonFault(Kind kind, long line, long character, long position, long lineStart, Exception failure) {
        super(kind.name(), null, false, false);
        this.kind = kind;
        this.line = Math.max(1, line);
        this.character = Math.max(0, character);
        this.position = position;
        this.lineStart = lineStart;
        this.detail = detail(failure);
    }

    Kind kind() {
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

    /** @return the parser's words on one short line (they may quote the file), or the empty string */
    String detail() {
        return detail;
    }

    private static String detail(Exception failure) {
        if (failure == null) {
            return "";
        }
        String message = failure instanceof JsonProcessingException json ? json.getOriginalMessage()
                : failure.getClass().getSimpleName();
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
