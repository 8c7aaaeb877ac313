package fr.cnfpt.inet.stages.importer.json;

import com.fasterxml.jackson.core.JsonToken;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.RecordColumns;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.io.IOException;

/**
 * Walks a JSON document's records and hands each object's values to the binder, with its line and
 * the column where it starts.
 * <p>
 * A document whose first token is {@code [} is an array: the next record cannot be found after a
 * fault in it, so a fault stops the reading there and the rest is left unread. Any other document
 * is a sequence of top-level objects (JSON Lines, or objects written over several lines): a fault
 * rejects the record it is in, and reading resumes at the next line whose first character other
 * than a blank is {@code {}. Every data row is accepted or rejected: none is lost.
 * <p>
 * Instances are not thread-safe: one per file being read.
 */
final class JsonRecords {

    private final JsonTokens tokens;
    private final RowBinder binder;
    private final RecordKind kind;
    private final ImportLimits limits;
    private final ObjectCells object;
    /** Where the record being read starts, or null between records. */
    private Place current;

    JsonRecords(JsonTokens tokens, RowBinder binder, RecordKind kind, ImportLimits limits) {
        this.tokens = tokens;
        this.binder = binder;
        this.kind = kind;
        this.limits = limits;
        this.object = new ObjectCells(tokens, limits.maxColumns(), limits.maxCellLength());
    }

    /**
     * Reads every record, to the end of the document or until reading stops.
     *
     * @throws IOException if the stream cannot be read (or passes the largest file)
     */
    void readAll() throws IOException {
        boolean first = true;
        while (true) {
            try {
                JsonToken token = tokens.next();
                if (token == null) {
                    if (first) {
                        binder.fail(0, FileProblem.FILE_EMPTY, "", JsonMessages.fileEmpty());
                    }
                    return;
                }
                if (first && token == JsonToken.START_ARRAY) {
                    readArray();
                    return;
                }
                first = false;
                if (!record(token)) {
                    return;
                }
            } catch (JsonFault fault) {
                first = false;
                if (!rejectAndResume(fault)) {
                    return;
                }
            }
        }
    }

    /** @return the line of the record being read, or else the line the reading is at */
    long line() {
        return current != null ? current.line() : tokens.line();
    }

    private void readArray() throws IOException {
        boolean closed = false;
        try {
            for (JsonToken token = tokens.next(); token != JsonToken.END_ARRAY; token = tokens.next()) {
                if (token == null) {
                    throw tokens.fault(FaultKind.END_OF_INPUT, null);
                }
                if (!record(token)) {
                    return;
                }
            }
            closed = true;
            if (tokens.next() != null) {
                Place after = tokens.place();
                binder.stop(after.line(), after.character(), FileProblem.JSON_INVALID,
                        "", JsonMessages.contentAfterArray());
            }
        } catch (JsonFault fault) {
            Place record = current;
            current = null;
            Place at = record != null ? record : new Place(fault.line(), fault.character());
            if (closed) {
                binder.stop(fault.line(), fault.character(), FileProblem.JSON_INVALID,
                        "", JsonMessages.contentAfterArray());
            } else {
                binder.stop(at.line(), at.character(), fault.kind().code(), "", message(fault, record, true));
            }
        }
    }

    /** Rejects the record a fault is in, then resumes after it; false once reading must stop. */
    private boolean rejectAndResume(JsonFault fault) throws IOException {
        Place record = current;
        current = null;
        boolean opens = record != null && fault.line() > record.line() && tokens.opensLine(fault);
        boolean counted;
        if (opens) {
            counted = binder.reject(record.line(), record.character(), FileProblem.JSON_INVALID, "",
                    JsonMessages.unclosed(record, fault.line()));
        } else if (record != null && fault.kind() == FaultKind.END_OF_INPUT) {
            counted = binder.reject(record.line(), record.character(), FileProblem.JSON_INVALID, "",
                    JsonMessages.truncated(record));
        } else {
            Place at = where(fault, record);
            counted = binder.reject(at.line(), at.character(), fault.kind().code(), "", message(fault, record, false));
        }
        return counted && tokens.resume(fault, opens);
    }

    /** Reads one record whose first token was just read; false once the row limit is passed. */
    private boolean record(JsonToken token) throws JsonFault, IOException {
        current = tokens.place();
        if (token != JsonToken.START_OBJECT) {
            String value = token.isScalarValue() ? tokens.text() : token.asString();
            tokens.skip(token);
            Place at = current;
            current = null;
            return binder.reject(at.line(), at.character(), RowProblem.RECORD_NOT_OBJECT, value == null ? "" : value,
                    JsonMessages.recordNotObject());
        }
        object.read();
        Place at = current;
        current = null;
        if (object.keys() > limits.maxColumns()) {
            return binder.reject(at.line(), at.character(), RowProblem.KEYS_TOO_MANY, String.valueOf(object.keys()),
                    JsonMessages.keysTooMany(object.keys(), limits.maxColumns()));
        }
        if (object.problem() != null) {
            String key = shown(object.problemKey());
            LocalizedText message = switch (object.problem()) {
                case KEY_DUPLICATE -> JsonMessages.keyDuplicate(key);
                case CELL_TOO_LONG -> JsonMessages.listTooLong(key, limits.maxCellLength());
                default -> JsonMessages.valueNotScalar(key);
            };
            return binder.reject(at.line(), at.character(), object.problem(), object.problemKey(), message);
        }
        return binder.row(at.line(), at.character(), object.cells());
    }

    private LocalizedText message(JsonFault fault, Place record, boolean stops) {
        int limit = switch (fault.kind()) {
            case TOO_DEEP -> limits.maxNestingDepth();
            case TOO_MANY_KEYS -> limits.maxColumns();
            default -> limits.maxCellLength();
        };
        return JsonMessages.fault(fault, where(fault, record), limit, !binder.holdsPersonalData(), stops);
    }

    /**
     * Says where a fault is: a limit passed is the record's (Jackson notices a value too long far
     * into it), a fault of syntax or encoding is where the parser met it.
     */
    private static Place where(JsonFault fault, Place record) {
        boolean limit = fault.kind() == FaultKind.TOO_LONG || fault.kind() == FaultKind.TOO_DEEP
                || fault.kind() == FaultKind.TOO_MANY_KEYS;
        return limit && record != null ? record : new Place(fault.line(), fault.character());
    }

    /** @return a key as a message may quote it: in a file of personal data, only the keys of known fields */
    private String shown(String key) {
        return binder.holdsPersonalData() && RecordColumns.find(kind, key).isEmpty() ? "" : key;
    }
}
