package fr.cnfpt.inet.stages.importer.json;

import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.FileTooLargeException;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads offers, trainees and placements from JSON: an array of objects, or JSON Lines (one object
 * per line, as {@code inet import} writes its dataset). Keys are matched like CSV headers, in
 * French or English; a list of corps may be an array. Streams with Jackson's non-blocking parser
 * from a fixed buffer: memory grows neither with the file nor with a line. No polymorphic typing:
 * values are read as text and checked.
 * <p>
 * Never throws for what a file holds: a fault in JSON Lines rejects its record and reading resumes
 * at the next line starting with <code>&#123;</code>; a fault in an array stops the reading there, the rest
 * being the file's unread part. UTF-8, with or without a byte-order mark; UTF-16 with one.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class JsonImporter implements Importer {

    /** Creates the importer; found with {@link java.util.ServiceLoader}. */
    public JsonImporter() {
    }

    @Override
    public String id() {
        return "json";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("json", "jsonl", "ndjson");
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.allOf(RecordKind.class);
    }

    @Override
    public String description() {
        return "JSON (an array of objects) or JSON Lines (one object per line), UTF-8";
    }

    @Override
    public ImportFacts read(ImportRequest request, RowSink sink) throws IOException {
        RowBinder binder = RowBinder.of(request, sink);
        String encoding = "utf-8";
        JsonRecords records = null;
        try (InputStream in = request.openBounded()) {
            JsonInput input = JsonInput.open(in, request.encoding());
            encoding = input.encoding();
            if (input.looksBinary()) {
                binder.stop(0, 0, FileProblem.NOT_TEXT, "", JsonMessages.notText());
                return binder.facts(id(), encoding);
            }
            JsonTokens tokens = new JsonTokens(input.utf8(), request.limits());
            records = new JsonRecords(tokens, binder, request.kind(), request.limits());
            records.readAll();
        } catch (FileTooLargeException e) {
            binder.stop(records == null ? 1 : records.line(), 0, FileProblem.FILE_TOO_LARGE, String.valueOf(e.limit()),
                    JsonMessages.fileTooLarge(e.limit()));
        } catch (IOException e) {
            binder.stop(records == null ? 1 : records.line(), 0, FileProblem.FILE_UNREADABLE, "",
                    JsonMessages.unreadable(IoFailures.describe(e)));
        }
        return binder.facts(id(), encoding);
    }
}
