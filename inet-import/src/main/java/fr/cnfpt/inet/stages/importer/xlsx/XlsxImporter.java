package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import java.util.EnumSet;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Reads offers, trainees and placements from Excel workbooks (.xlsx), the first sheet or a named
 * one, with Apache POI's streaming (SAX) API: rows are read one at a time, never the whole sheet.
 * Dates typed as dates come out as ISO dates, numbers without grouping. Problems name the cell
 * ({@code C14}).
 * <p>
 * Hostile workbooks are answered with problems, never an exception nor exhausted memory:
 * <ul>
 * <li>the archive is read in place from one copy of the file ({@link WorkbookCopy}), each part
 * inflated only while it is read, through POI's zip-bomb guard ({@link ZipSecureFile}: inflation
 * ratio, entry size, 1,000 entries) and a guard refusing DOCTYPE declarations ({@link MarkupGuard}):
 * {@code XLSX_UNSAFE};</li>
 * <li>what must be held in memory is bounded: parts read whole, single tags, shared strings, a
 * cell's text, the cells of a row ({@code XLSX_TOO_LARGE}, {@code CELL_TOO_LONG} for that row only);</li>
 * <li>a truncated or damaged workbook is {@code XLSX_INVALID}: the rows read before stand, and the
 * facts say the rest was not read ({@link ImportFacts#complete()} false);</li>
 * <li>messages quote nothing of a file of trainees ({@link RowBinder#holdsPersonalData()}).</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class XlsxImporter implements Importer {

    /** The smallest compression ratio accepted: below it, an entry is taken for a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.01;

    private final int inMemoryBytes;
    private final long stringsBudget;

    /**
     * POI's protections, set once before the first workbook is read (not when the importer is
     * found: a run that reads only CSV files does not load POI at all).
     */
    private static final class Protections {

        static {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }

        private Protections() {
        }

        static void set() {
            // The static initialiser above does the work, once.
        }
    }

    /** Creates the importer; found with {@link java.util.ServiceLoader}. */
    public XlsxImporter() {
        this(WorkbookCopy.IN_MEMORY_BYTES, 0);
    }

    /**
     * Creates an importer with other memory bounds, for tests.
     *
     * @param inMemoryBytes  the largest workbook copied in memory rather than to a temporary file
     * @param stringsBudget  the memory the shared strings may take (characters, plus
     *     {@value WorkbookStrings#OVERHEAD} per text), or 0 for a quarter of the JVM's largest heap
     */
    XlsxImporter(int inMemoryBytes, long stringsBudget) {
        this.inMemoryBytes = inMemoryBytes;
        this.stringsBudget = stringsBudget;
    }

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("xlsx", "xlsm");
    }

    @Override
    public Set<RecordKind> kinds() {
        return EnumSet.allOf(RecordKind.class);
    }

    @Override
    public String description() {
        return "Excel workbook (.xlsx), first sheet or --sheet, streamed";
    }

    /**
     * Reads a workbook. Never throws: any failure, whatever its kind, is a problem of the file, and
     * where reading stopped early the facts give the first row not read.
     */
    @Override
    public ImportFacts read(ImportRequest request, RowSink sink) {
        Protections.set();
        CellNamingSink naming = new CellNamingSink(sink);
        RowBinder binder = RowBinder.ofSpreadsheet(request, naming);
        long budget = stringsBudget > 0 ? stringsBudget : Runtime.getRuntime().maxMemory() / 4;
        WorkbookReading reading = new WorkbookReading(request, binder, naming, inMemoryBytes, budget);
        try {
            reading.run();
        } catch (SheetRows.Stop e) {
            // the binder was told why reading stopped
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            WorkbookFailure failure = WorkbookFailure.of(e, reading.phase(), reading.line(), reading.cell(),
                    binder.holdsPersonalData());
            binder.stop(reading.line(), 0, failure.problem(), "", failure.message());
        }
        return binder.facts(id(), "", binder.stoppedAt() == 0 ? Unread.NOTHING : Unread.from(binder.stoppedAt()));
    }
}
