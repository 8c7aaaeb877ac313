package fr.cnfpt.inet.stages.importer.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.util.Locale;

/**
 * The kinds of fault JSON can have, each with its problem code and a few words, in French and
 * English, that quote nothing of the file: what a message says of a fault in a file of personal
 * data, where the parser's own words would quote it.
 * <p>
 * This enum is immutable and thread-safe.
 */
enum FaultKind {
    /** A character where none of its kind may be. */
    UNEXPECTED_CHARACTER(FileProblem.JSON_INVALID, "caractère inattendu", "unexpected character"),
    /** A word that is not {@code true}, {@code false} or {@code null}: text not in quotes. */
    UNKNOWN_WORD(FileProblem.JSON_INVALID, "mot inconnu (un texte s'écrit entre guillemets)",
            "unknown word (a text is written between double quotes)"),
    /** A line break or another control character inside a text. */
    CONTROL_CHARACTER(FileProblem.JSON_INVALID,
            "retour à la ligne ou caractère de contrôle dans un texte (écrivez \\n, \\t)",
            "line break or control character inside a text (write \\n, \\t)"),
    /** The end of the file inside a record or an array. */
    END_OF_INPUT(FileProblem.JSON_INVALID, "le fichier finit avant la fin de l'enregistrement",
            "the file ends before the end of the record"),
    /** A closing bracket or brace that closes nothing. */
    UNEXPECTED_CLOSE(FileProblem.JSON_INVALID, "« ] » ou « } » qui ne ferme rien", "\"]\" or \"}\" closing nothing"),
    /** A number badly written. */
    NUMBER(FileProblem.JSON_INVALID, "nombre mal écrit", "badly written number"),
    /** A backslash sequence that JSON does not know. */
    ESCAPE(FileProblem.JSON_INVALID, "séquence d'échappement (\\…) inconnue", "unknown escape sequence (\\…)"),
    /** Any other fault of syntax. */
    SYNTAX(FileProblem.JSON_INVALID, "syntaxe incorrecte", "invalid syntax"),
    /** Bytes that are not UTF-8. */
    NOT_UTF8(FileProblem.ENCODING_INVALID, "octets qui ne sont pas de l'UTF-8", "bytes that are not UTF-8"),
    /** A value, key or number longer than the limit. */
    TOO_LONG(RowProblem.CELL_TOO_LONG, "valeur trop longue", "value too long"),
    /** Arrays or objects nested deeper than the limit. */
    TOO_DEEP(FileProblem.NESTING_TOO_DEEP, "imbrication trop profonde", "nesting too deep"),
    /** A record of more keys than the limit, not read further. */
    TOO_MANY_KEYS(RowProblem.KEYS_TOO_MANY, "trop de clés", "too many keys");

    private final ProblemCode code;
    private final String french;
    private final String english;

    FaultKind(ProblemCode code, String french, String english) {
        this.code = code;
        this.french = french;
        this.english = english;
    }

    /** @return the problem's code */
    ProblemCode code() {
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
    static FaultKind of(Exception failure) {
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
