package fr.cnfpt.inet.stages.cli.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.cnfpt.inet.stages.cli.console.Json;
import fr.cnfpt.inet.stages.cli.files.AtomicFile;
import fr.cnfpt.inet.stages.cli.files.OutputTarget;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.run.ImportResult;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --report} JSON of {@code inet validate} and {@code inet import}: per file its totals
 * and problems, then the dataset's problems (collective-project teams) and the run's totals.
 * Fields may be added; none is renamed (see docs/formats.md).
 */
public final class ValidationReport {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ValidationReport() {
    }

    /**
     * Writes the report, atomically. Streams it with Jackson's generator (the layout of
     * {@link Json}: two-space indentation, records' fields in order; the problems one per line),
     * without building views or loading the object mapper: a report can hold 50,000 problems per
     * file.
     */
    static void write(Path target, ImportResult result, Language language) {
        write(OutputTarget.of(target), result, language);
    }

    static void write(OutputTarget target, ImportResult result, Language language) {
        AtomicFile.write(target, out -> {
            stream(out, result, language);
            out.write('\n');
        });
    }

    private static void stream(java.io.OutputStream out, ImportResult result, Language language)
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
                if (file.hasUnread()) {
                    json.writeObjectFieldStart("unread");
                    json.writeNumberField("fromLine", file.unread().fromLine());
                    json.writeNumberField("lines", file.unread().lines());
                    json.writeEndObject();
                } else {
                    json.writeNullField("unread");
                }
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
            json.writeNumberField("unreadLines", result.unreadLines().orElse(-1));
            json.writeNumberField("errors", result.errors());
            json.writeNumberField("warnings", result.warnings());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /**
     * Writes the problems one per line, each a compact object: a report of 50,000 problems stays
     * readable with {@code grep} and {@code diff}, and is a quarter smaller and twice as quick to
     * write as with one field per line.
     */
    private static void problems(JsonGenerator json, List<Problem> problems, Language language)
            throws java.io.IOException {
        json.writeArrayFieldStart("problems");
        java.io.CharArrayWriter line = new java.io.CharArrayWriter(512);
        try (JsonGenerator compact = FACTORY.createGenerator(line)) {
            compact.setRootValueSeparator(null);
            for (Problem p : problems) {
                line.reset();
                compact.writeStartObject();
                compact.writeNumberField("line", p.line());
                compact.writeNumberField("character", p.character());
                compact.writeNumberField("record", p.record());
                compact.writeStringField("column", p.column());
                compact.writeStringField("cell", p.cell());
                compact.writeStringField("field", p.field());
                compact.writeStringField("value", p.value());
                compact.writeStringField("code", p.code());
                compact.writeStringField("severity", p.severity().name());
                compact.writeStringField("message", p.message().in(language));
                compact.writeEndObject();
                compact.flush();
                json.writeRawValue(line.toString());
            }
        }
        json.writeEndArray();
    }
}
