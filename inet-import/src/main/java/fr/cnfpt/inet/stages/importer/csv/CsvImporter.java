package fr.cnfpt.inet.stages.importer.csv;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.FileTooLargeException;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads offers, trainees and placements from CSV files, as French Excel writes them (Windows-1252,
 * semicolons, {@code dd/MM/yyyy}) or as other tools do (UTF-8 with or without a byte-order mark,
 * commas, ISO dates). Detects the encoding and the separator unless the request forces them; parses
 * on one thread ({@link CsvTokenizer}) while the rows are checked on another.
 * <p>
 * A bad row is rejected and the reading goes on: a cell longer than the limit, bytes of another
 * encoding. Where reading cannot go on (a quote never closed, the size limit, a read error), the
 * rows read before stand and the rest of the file is its unread part ({@link ImportFacts#unread()}).
 * Never throws: every failure is a problem of the file.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CsvImporter implements Importer {

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
    public ImportFacts read(ImportRequest request, RowSink sink) {
        RowBinder binder = RowBinder.of(request, sink).withCellsStripped();
        String encoding = request.forcedEncoding().map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("");
        InputStream in = null;
        try {
            in = request.openBounded();
            DetectingReader reader = DetectingReader.open(in, request.encoding());
            encoding = reader.encoding();
            if (reader.looksBinary()) {
                binder.fail(0, FileProblem.NOT_TEXT, "", LocalizedText.of(
                        "Ce fichier n'est pas un fichier texte (il contient des octets nuls) : enregistrez-le au format"
                                + " CSV, ou donnez-lui l'extension de son vrai format (.xlsx, .json).",
                        "This is not a text file (it holds NUL bytes): save it as CSV, or give it the extension of its"
                                + " real format (.xlsx, .json)."));
                return facts(binder, encoding);
            }
            ImportLimits limits = request.limits();
            CsvTokenizer tokenizer = new CsvTokenizer(reader, limits.maxCellLength(),
                    (int) Math.min(limits.maxColumns() + 1L, Integer.MAX_VALUE - 8));
            CharSequence head = tokenizer.start();
            char separator = request.forcedSeparator().orElseGet(() -> Separators.detect(head));
            tokenizer.separateBy(separator);
            new CsvRows(binder, separator).consume(new CsvParsing(tokenizer, reader, limits.maxCellLength()));
            encoding = reader.encoding();
        } catch (FileTooLargeException e) {
            binder.stop(0, 0, FileProblem.FILE_TOO_LARGE, String.valueOf(e.limit()), Stops.fileTooLarge(e.limit()));
        } catch (IOException e) {
            binder.stop(0, 0, FileProblem.FILE_UNREADABLE, "", Stops.unreadable(0, IoFailures.describe(e)));
        } catch (RuntimeException | Error e) {
            binder.stop(0, 0, FileProblem.IMPORTER_FAILED, "", Stops.failed(1, e.getClass().getSimpleName()));
        } finally {
            close(in);
        }
        return facts(binder, encoding);
    }

    /**
     * The facts of the file read; the lines left unread are counted by reading the content again,
     * which may fail as the first reading did: their number is then unknown.
     */
    private ImportFacts facts(RowBinder binder, String encoding) {
        try {
            return binder.facts(id(), encoding);
        } catch (RuntimeException | Error e) {
            return binder.facts(id(), encoding, Unread.from(binder.stoppedAt()));
        }
    }

    /** Closes the content; a file read to its end stays read if closing it fails. */
    private static void close(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // nothing more is read from it
            }
        }
    }
}
