package fr.cnfpt.inet.stages.importer.csv;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
import java.io.PushbackReader;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads offers, trainees and placements from CSV files, as French Excel writes them (Windows-1252,
 * semicolons, {@code dd/MM/yyyy}) or as other tools do (UTF-8 with or without a byte-order mark,
 * commas, ISO dates). Detects the encoding and the separator unless the request forces them; parses
 * on one thread while the rows are checked on another. Built on Jackson's CSV module.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CsvImporter implements Importer {

    private static final int PEEK = 8192;

    /** Creates the importer; found with {@link java.util.ServiceLoader}. */
    public CsvImporter() {
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("csv", "tsv", "txt");
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.allOf(RecordKind.class);
    }

    @Override
    public String description() {
        return "CSV (UTF-8 or Windows-1252, separator ; , tab or |, detected)";
    }

    @Override
    public ImportFacts read(ImportRequest request, RowSink sink) throws IOException {
        RowBinder binder = RowBinder.of(request, sink).withCellsStripped();
        String encoding = request.forcedEncoding().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
        try (InputStream in = request.openBounded()) {
            DetectingReader reader = DetectingReader.open(in, request.encoding());
            if (reader.looksBinary()) {
                binder.fail(0, "NOT_TEXT", "", LocalizedText.of(
                        "Ce fichier n'est pas un fichier texte (il contient des octets nuls) : enregistrez-le au format"
                                + " CSV, ou donnez-lui l'extension de son vrai format (.xlsx, .json).",
                        "This is not a text file (it holds NUL bytes): save it as CSV, or give it the extension of its"
                                + " real format (.xlsx, .json)."));
                return new ImportFacts(0, id(), reader.encoding(), binder.isUsable());
            }
            PushbackReader text = new PushbackReader(reader, PEEK);
            char[] start = new char[PEEK];
            int peeked = 0;
            for (int n; peeked < PEEK && (n = text.read(start, peeked, PEEK - peeked)) > 0; ) {
                peeked += n;
            }
            if (peeked > 0) {
                text.unread(start, 0, peeked);
            }
            String head = new String(start, 0, peeked);
            char separator = request.forcedSeparator().orElseGet(() -> Separators.detect(head));
            CsvParser parser = factory(request.limits()).createParser(text);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            new CsvRows(binder, reader, separator, request.limits().maxCellLength()).consume(parser);
            encoding = reader.encoding();
        } catch (FileTooLargeException e) {
            binder.fail(0, "FILE_TOO_LARGE", String.valueOf(e.limit()), Limits.fileTooLarge(e.limit()));
        }
        return new ImportFacts(binder.rows(), id(), encoding, binder.isUsable());
    }

    private static CsvFactory factory(ImportLimits limits) {
        return CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxCellLength()).build())
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .build();
    }

    static boolean holdsReplacement(String[] cells) {
        return Arrays.stream(cells).anyMatch(c -> c != null && c.indexOf('\uFFFD') >= 0);
    }
}
