package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.FileTooLargeException;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads offers, trainees and placements from Excel workbooks (.xlsx), the first sheet or a named
 * one, with Apache POI's streaming (SAX) API: rows are read one at a time, never the whole sheet.
 * Dates typed as dates come out as ISO dates, numbers without grouping. Refuses zip bombs (POI's
 * {@link ZipSecureFile} inflation ratio) and documents declaring entities (POI's hardened XML
 * parser). Problems name the cell ({@code C14}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class XlsxImporter implements Importer {

    /** The smallest compression ratio accepted: below it, an entry is taken for a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    private static final int TEMP_FILE_THRESHOLD = 16 * 1024 * 1024;

    /**
     * POI's protections, set once before the first workbook is read (not when the importer is
     * found: a run that reads only CSV files does not load POI at all).
     */
    private static final class Protections {

        static {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(TEMP_FILE_THRESHOLD);
        }

        private Protections() {
        }

        static void set() {
            // The static initialiser above does the work, once.
        }
    }

    /** Creates the importer; found with {@link java.util.ServiceLoader}. */
    public XlsxImporter() {
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

    @Override
    public ImportFacts read(ImportRequest request, RowSink sink) throws IOException {
        Protections.set();
        RowBinder binder = RowBinder.ofSpreadsheet(request, sink);
        SheetRows rows = new SheetRows(binder, request.limits().maxCellLength());
        try (InputStream in = request.openBounded(); OPCPackage workbook = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (request.forcedSheet().map(s -> s.equalsIgnoreCase(name)).orElse(names.size() == 1)) {
                        parse(workbook, reader.getStylesTable(), sheet, rows);
                        rows.finish();
                        return new ImportFacts(binder.rows(), id(), "", binder.isUsable());
                    }
                }
            }
            binder.fail(0, "SHEET_NOT_FOUND", request.forcedSheet().orElse(""), LocalizedText.of(
                    "Le classeur n'a pas de feuille « " + request.forcedSheet().orElse("") + " » ; feuilles : "
                            + String.join(", ", names) + ".",
                    "The workbook has no \"" + request.forcedSheet().orElse("") + "\" sheet; sheets: "
                            + String.join(", ", names) + "."));
        } catch (SheetRows.Stop e) {
            rows.finish();
        } catch (FileTooLargeException e) {
            binder.fail(0, "FILE_TOO_LARGE", String.valueOf(e.limit()), LocalizedText.of(
                    "Le fichier dépasse " + e.limit() + " octets : découpez-le, ou relevez la limite avec --max-file-size.",
                    "The file is larger than " + e.limit() + " bytes: split it, or raise the limit with --max-file-size."));
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            unreadable(binder, rows.line(), e);
        }
        return new ImportFacts(binder.rows(), id(), "", binder.isUsable());
    }

    private static void parse(OPCPackage workbook, StylesTable styles, InputStream sheet, SheetRows rows)
            throws IOException, SAXException {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDataFormatter(), false));
            parser.parse(new InputSource(sheet));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    private static void unreadable(RowBinder binder, long line, Exception e) {
        String detail = String.valueOf(e.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        boolean unsafe = lower.contains("zip bomb") || lower.contains("doctype") || lower.contains("entity")
                || lower.contains("inflate ratio");
        binder.fail(line, unsafe ? "XLSX_UNSAFE" : "XLSX_INVALID", "", unsafe
                ? LocalizedText.of("Le classeur est refusé par sécurité (" + first(detail) + ") : il ressemble à une"
                        + " bombe zip ou déclare des entités XML. Enregistrez-le de nouveau depuis Excel.",
                        "The workbook is refused for safety (" + first(detail) + "): it looks like a zip bomb or declares"
                                + " XML entities. Save it again from Excel.")
                : LocalizedText.of("Ce n'est pas un classeur .xlsx lisible (" + first(detail) + ") : il est peut-être"
                        + " tronqué ou d'un autre format. Enregistrez-le de nouveau au format « Classeur Excel (.xlsx) ».",
                        "This is not a readable .xlsx workbook (" + first(detail) + "): it may be truncated or of"
                                + " another format. Save it again as \"Excel Workbook (.xlsx)\"."));
    }

    private static String first(String detail) {
        String line = detail.lines().findFirst().orElse("");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
