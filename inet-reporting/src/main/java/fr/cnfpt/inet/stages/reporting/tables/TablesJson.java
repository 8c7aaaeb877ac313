package fr.cnfpt.inet.stages.reporting.tables;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.statistics.Code;
import fr.cnfpt.inet.stages.reporting.statistics.StatColumn;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes a report as JSON, for embedding applications and dashboards:
 * {@code {"report": "offers", "cohort": 2026, "lang": "fr", "title": "...", "tables": [{"id": ...,
 * "title": ..., "columns": ["type", "corps", "count"], "column_titles": [...], "rows": [["OBSERVATION",
 * "ADMINISTRATEUR", 42]], "suppressed": [[0, 2]], "notes": [...]}], "notes": [...]}}. Codes are written
 * as codes, labels only in titles; withheld cells are {@code null} and listed in {@code suppressed};
 * rates are rounded to 4 decimals.
 */
public final class TablesJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private TablesJson() {
    }

    /**
     * Writes the report.
     *
     * @param document  the report, not null
     * @param out  where to write it, not closed, not null
     * @throws IOException if it cannot be written
     */
    public static void write(TableDocument document, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("report", document.report());
            json.writeNumberField("cohort", document.cohort().year());
            json.writeStringField("lang", document.language().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("title", document.title().in(document.language()));
            json.writeArrayFieldStart("tables");
            for (StatTable table : document.tables()) {
                table(json, table, document);
            }
            json.writeEndArray();
            notes(json, document.notes(), document);
            json.writeEndObject();
        }
    }

    private static void table(JsonGenerator json, StatTable table, TableDocument document) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", table.id());
        json.writeStringField("title", table.title().in(document.language()));
        json.writeArrayFieldStart("columns");
        for (StatColumn column : table.columns()) {
            json.writeString(column.id());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("column_titles");
        for (StatColumn column : table.columns()) {
            json.writeString(column.label().in(document.language()));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (List<Object> row : table.rows()) {
            json.writeStartArray();
            for (Object cell : row) {
                cell(json, cell);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("suppressed");
        for (StatTable.Cell cell : table.suppressed()) {
            json.writeStartArray();
            json.writeNumber(cell.row());
            json.writeNumber(cell.column());
            json.writeEndArray();
        }
        json.writeEndArray();
        notes(json, table.notes(), document);
        json.writeEndObject();
    }

    private static void cell(JsonGenerator json, Object cell) throws IOException {
        if (cell == null) {
            json.writeNull();
        } else if (cell instanceof Code code) {
            json.writeString(code.code());
        } else if (cell instanceof Double rate) {
            json.writeNumber(BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros());
        } else if (cell instanceof Long count) {
            json.writeNumber(count);
        } else {
            json.writeString(String.valueOf(cell));
        }
    }

    private static void notes(JsonGenerator json, List<LocalizedText> notes, TableDocument document)
            throws IOException {
        json.writeArrayFieldStart("notes");
        for (LocalizedText note : notes) {
            json.writeString(note.in(document.language()));
        }
        json.writeEndArray();
    }
}
