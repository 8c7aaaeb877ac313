package fr.cnfpt.inet.stages.importer.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Walks a JSON document's records: the elements of a top-level array, or a sequence of top-level
 * objects (JSON Lines), handing each object's scalar values to the binder as text.
 */
final class JsonRecords {

    private final JsonParser parser;
    private final RowBinder binder;
    private long recordLine = 1;

    JsonRecords(JsonParser parser, RowBinder binder) {
        this.parser = parser;
        this.binder = binder;
    }

    void readAll() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            binder.fail(0, "FILE_EMPTY", "", LocalizedText.of(
                    "Le fichier est vide : il doit contenir un tableau d'objets, ou un objet par ligne (JSON Lines).",
                    "The file is empty: it needs an array of objects, or one object per line (JSON Lines)."));
            return;
        }
        if (token == JsonToken.START_ARRAY) {
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (!record(token)) {
                    return;
                }
            }
            token = parser.nextToken();
            if (token != null) {
                binder.fail(line(), "JSON_INVALID", "", LocalizedText.of(
                        "Du contenu suit le tableau principal : un fichier JSON contient un seul tableau.",
                        "Content follows the main array: a JSON file holds a single array."));
            }
            return;
        }
        do {
            if (!record(token)) {
                return;
            }
        } while ((token = parser.nextToken()) != null);
    }

    /** @return the line of the record being read */
    long recordLine() {
        return recordLine;
    }

    private boolean record(JsonToken token) throws IOException {
        long line = line();
        recordLine = line;
        if (token != JsonToken.START_OBJECT) {
            String value = token.isScalarValue() ? parser.getText() : token.asString();
            parser.skipChildren();
            return binder.reject(line, "RECORD_NOT_OBJECT", value == null ? "" : value, LocalizedText.of(
                    "Chaque enregistrement est un objet JSON ({\"reference\": …}) : remplacez cette valeur.",
                    "Each record is a JSON object ({\"reference\": …}): replace this value."));
        }
        Map<String, String> cells = new LinkedHashMap<>();
        String problem = null;
        String problemKey = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            String text = text(value);
            if (text == null && value != JsonToken.VALUE_NULL) {
                problem = problem == null ? "VALUE_NOT_SCALAR" : problem;
                problemKey = key;
                parser.skipChildren();
            } else if (cells.containsKey(key)) {
                problem = problem == null ? "KEY_DUPLICATE" : problem;
                problemKey = key;
            } else {
                cells.put(key, text);
            }
        }
        if (problem != null) {
            return binder.reject(line, problem, problemKey, problem.equals("KEY_DUPLICATE")
                    ? LocalizedText.of("La clé « " + problemKey + " » apparaît deux fois dans l'objet : gardez-en une.",
                            "The \"" + problemKey + "\" key appears twice in the object: keep one.")
                    : LocalizedText.of("La valeur de « " + problemKey + " » est un objet ou un tableau imbriqué : donnez"
                            + " un texte, un nombre, ou un tableau de codes.", "The value of \"" + problemKey
                            + "\" is a nested object or array: give a text, a number, or an array of codes."));
        }
        return binder.row(line, cells);
    }

    /** Returns a scalar or an array of scalars as text; null for null, nested objects and arrays. */
    private String text(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value.isScalarValue()) {
            return parser.getText();
        }
        if (value == JsonToken.START_ARRAY) {
            StringJoiner items = new StringJoiner(",");
            JsonToken item;
            while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (!item.isScalarValue() || item == JsonToken.VALUE_NULL) {
                    parser.skipChildren();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                    }
                    return null;
                }
                items.add(parser.getText());
            }
            return items.toString();
        }
        return null;
    }

    private long line() {
        return parser.currentTokenLocation().getLineNr();
    }
}
