package fr.cnfpt.inet.stages.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --report} JSON of {@code inet validate} and {@code inet import}: per file its totals
 * and problems, then the dataset's problems (collective-project teams) and the run's totals.
 * Fields may be added; none is renamed (see docs/formats.md).
 */
final class ValidationReport {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ValidationReport() {
    }

    /**
     * Writes the report, atomically. Streams it with Jackson's generator (the same layout as
     * {@link Json}: two-space indentation, records' fields in order), without building views or
     * loading the object mapper: a report can hold 50,000 problems per file.
     */
    static void write(Path target, ImportRun.Result result, Language language) {
        AtomicFile.write(target, out -> {
            try (java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16)) {
                stream(buffered, result, language);
                buffered.write('\n');
            }
        });
    }

    private static void stream(java.io.OutputStream out, ImportRun.Result result, Language language)
            throws java.io.IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(Json.printer());
            json.writeStartObject();
            json.writeArrayFieldStart("files");
            for (FileReport file : result.files()) {
                json.writeStartObject();
                json.writeStringField("file", file.file());
                json.writeStringField("kind", file.kind().name());
                json.writeStringField("format", file.format());
                json.writeStringField("encoding", file.encoding());
                json.writeNumberField("rows", file.rows());
                json.writeNumberField("accepted", file.accepted());
                json.writeNumberField("rejected", file.rejected());
                json.writeNumberField("errors", file.errors());
                json.writeNumberField("warnings", file.warnings());
                json.writeBooleanField("complete", file.complete());
                json.writeNumberField("problemsOmitted", file.problemsOmitted());
                problems(json, file.problems(), language);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("dataset");
            problems(json, result.datasetProblems(), language);
            json.writeEndObject();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("rows", result.files().stream().mapToLong(FileReport::rows).sum());
            json.writeNumberField("accepted", result.files().stream().mapToLong(FileReport::accepted).sum());
            json.writeNumberField("rejected", result.files().stream().mapToLong(FileReport::rejected).sum());
            json.writeNumberField("errors", result.errors());
            json.writeNumberField("warnings", result.warnings());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void problems(JsonGenerator json, List<Problem> problems, Language language)
            throws java.io.IOException {
        json.writeArrayFieldStart("problems");
        for (Problem p : problems) {
            json.writeStartObject();
            json.writeNumberField("line", p.line());
            json.writeStringField("column", p.column());
            json.writeStringField("cell", p.cell());
            json.writeStringField("field", p.field());
            json.writeStringField("value", p.value());
            json.writeStringField("code", p.code());
            json.writeStringField("severity", p.severity().name());
            json.writeStringField("message", p.message().in(language));
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
