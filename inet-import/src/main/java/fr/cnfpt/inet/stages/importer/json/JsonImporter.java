package fr.cnfpt.inet.stages.importer.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.FileTooLargeException;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads offers, trainees and placements from JSON: an array of objects, or JSON Lines (one object
 * per line, as {@code inet import} writes its dataset). Keys are matched like CSV headers, in
 * French or English; a list of corps may be an array. Streams with Jackson's parser: memory does
 * not grow with the file. No polymorphic typing: values are read as text and checked.
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
        long line = 1;
        JsonRecords records = null;
        try (InputStream in = request.openBounded(); JsonParser parser = factory(request.limits()).createParser(in)) {
            records = new JsonRecords(parser, binder);
            records.readAll();
        } catch (StreamConstraintsException e) {
            long where = records == null ? line : records.recordLine();
            boolean depth = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("depth");
            binder.fail(where, depth ? "NESTING_TOO_DEEP" : "CELL_TOO_LONG", "", depth
                    ? LocalizedText.of("Le JSON est imbriqué sur plus de " + request.limits().maxNestingDepth()
                            + " niveaux : un enregistrement est un objet plat. Le fichier n'est pas lu au-delà.",
                            "The JSON is nested more than " + request.limits().maxNestingDepth() + " levels deep: a"
                                    + " record is a flat object. The file is not read beyond this point.")
                    : LocalizedText.of("Une valeur dépasse " + request.limits().maxCellLength() + " caractères : raccourcissez-la,"
                            + " ou relevez la limite avec --max-cell-length. Le fichier n'est pas lu au-delà.",
                            "A value is longer than " + request.limits().maxCellLength() + " characters: shorten it, or"
                                    + " raise the limit with --max-cell-length. The file is not read beyond it."));
        } catch (FileTooLargeException e) {
            binder.fail(0, "FILE_TOO_LARGE", String.valueOf(e.limit()), LocalizedText.of(
                    "Le fichier dépasse " + e.limit() + " octets : découpez-le, ou relevez la limite avec --max-file-size.",
                    "The file is larger than " + e.limit() + " bytes: split it, or raise the limit with --max-file-size."));
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            boolean encoding = detail.toLowerCase(Locale.ROOT).contains("utf-8")
                    || detail.toLowerCase(Locale.ROOT).contains("utf8");
            binder.fail(lineOf(e, line), encoding ? "ENCODING_INVALID" : "JSON_INVALID", "", encoding
                    ? LocalizedText.of("Le fichier n'est pas en UTF-8 (" + detail + ") : enregistrez-le en UTF-8."
                            + " Le fichier n'est pas lu au-delà.", "The file is not UTF-8 (" + detail + "): save it as"
                            + " UTF-8. The file is not read beyond this point.")
                    : LocalizedText.of("JSON incorrect (" + detail + ") : corrigez la syntaxe à cet endroit. Le fichier"
                            + " n'est pas lu au-delà.", "Invalid JSON (" + detail + "): correct the syntax there. The"
                            + " file is not read beyond this point."));
        }
        return new ImportFacts(binder.rows(), id(), "utf-8", binder.isUsable());
    }

    private static long lineOf(JsonProcessingException e, long fallback) {
        return e.getLocation() == null ? fallback : Math.max(0, e.getLocation().getLineNr());
    }

    private static JsonFactory factory(ImportLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxCellLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                .build();
    }

    static boolean isScalar(JsonToken token) {
        return token.isScalarValue();
    }
}
