package fr.cnfpt.inet.stages.importer.json;

import com.fasterxml.jackson.core.JsonToken;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the keys and values of one JSON object as text: a scalar as written, an array of scalars
 * joined with commas (a list of corps). Keeps at most a number of keys, so that a record of 300,000
 * keys builds no map of 300,000 entries: beyond it, the record is a fault if the parser keeps its
 * keys in a symbol table (JSON Lines), else the other keys are only counted (an array). Notes the
 * first key given twice, nested or too long once joined.
 * <p>
 * Instances are not thread-safe: one per file being read, reused from record to record.
 */
final class ObjectCells {

    /** The problem codes this reader notes. */
    static final RowProblem KEY_DUPLICATE = RowProblem.KEY_DUPLICATE;
    static final RowProblem VALUE_NOT_SCALAR = RowProblem.VALUE_NOT_SCALAR;
    static final RowProblem CELL_TOO_LONG = RowProblem.CELL_TOO_LONG;

    private final JsonTokens tokens;
    private final int maxKeys;
    private final int maxLength;
    private Map<String, String> cells;
    private long keys;
    private RowProblem problem;
    private String problemKey;

    ObjectCells(JsonTokens tokens, int maxKeys, int maxLength) {
        this.tokens = tokens;
        this.maxKeys = maxKeys;
        this.maxLength = maxLength;
    }

    /**
     * Reads an object whose first token was just read, up to its closing brace.
     *
     * @throws JsonFault if the JSON breaks inside it
     * @throws IOException if the stream cannot be read
     */
    void read() throws JsonFault, IOException {
        cells = new LinkedHashMap<>();
        keys = 0;
        problem = null;
        problemKey = "";
        JsonToken token;
        while ((token = tokens.next()) == JsonToken.FIELD_NAME) {
            if (++keys > maxKeys && tokens.keepsKeys()) {
                throw tokens.fault(FaultKind.TOO_MANY_KEYS, null);
            }
            String key = keys > maxKeys ? null : tokens.key();
            JsonToken value = present(tokens.next());
            if (key == null) {
                tokens.skip(value);
            } else if (value == JsonToken.VALUE_NULL) {
                put(key, null);
            } else if (value.isScalarValue()) {
                put(key, tokens.text());
            } else if (value == JsonToken.START_ARRAY) {
                String list = list(key);
                if (list != null) {
                    put(key, list);
                }
            } else {
                note(VALUE_NOT_SCALAR, key);
                tokens.skip(value);
            }
        }
        present(token);
    }

    /** @return the values read, by key, in the order read; a key's value is null for JSON's null */
    Map<String, String> cells() {
        return cells;
    }

    /** @return the number of keys of the object, all counted */
    long keys() {
        return keys;
    }

    /** @return the code of the first problem noted, or null */
    RowProblem problem() {
        return problem;
    }

    /** @return the key of the first problem noted, or the empty string */
    String problemKey() {
        return problemKey;
    }

    private void put(String key, String text) {
        int before = cells.size();
        cells.put(key, text);
        if (cells.size() == before) {
            note(KEY_DUPLICATE, key);
        }
    }

    /** Reads an array of scalars as text joined with commas; null (with a problem noted) if it cannot be. */
    private String list(String key) throws JsonFault, IOException {
        StringBuilder items = new StringBuilder();
        boolean fits = true;
        boolean first = true;
        JsonToken item;
        while ((item = present(tokens.next())) != JsonToken.END_ARRAY) {
            if (!item.isScalarValue() || item == JsonToken.VALUE_NULL) {
                note(VALUE_NOT_SCALAR, key);
                fits = false;
                tokens.skip(item);
            } else if (fits) {
                String text = tokens.text();
                if (items.length() + text.length() + (first ? 0 : 1) > maxLength) {
                    note(CELL_TOO_LONG, key);
                    fits = false;
                } else {
                    items.append(first ? "" : ",").append(text);
                    first = false;
                }
            }
        }
        return fits ? items.toString() : null;
    }

    private void note(RowProblem code, String key) {
        if (problem == null) {
            problem = code;
            problemKey = key;
        }
    }

    private JsonToken present(JsonToken token) throws JsonFault {
        if (token == null) {
            throw tokens.fault(FaultKind.END_OF_INPUT, null);
        }
        return token;
    }
}
