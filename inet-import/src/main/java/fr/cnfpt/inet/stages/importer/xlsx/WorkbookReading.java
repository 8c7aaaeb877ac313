package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * One reading of a workbook, in phases ({@link WorkbookFailure.Phase}): copy the content, open the
 * archive, read the package, styles and shared strings, then stream the sheet's rows to the
 * binder. Knows where it is, so that a failure can say where reading stopped. Whatever happens,
 * the archive is closed and the copy deleted before {@link #run()} returns or throws.
 * <p>
 * Not thread-safe: one per workbook read.
 */
final class WorkbookReading {

    private final ImportRequest request;
    private final RowBinder binder;
    private final CellNamingSink naming;
    private final int inMemoryBytes;
    private final long stringsBudget;
    private final CellText text;
    private WorkbookFailure.Phase phase = WorkbookFailure.Phase.COPY;
    private SheetRows rows;

    WorkbookReading(ImportRequest request, RowBinder binder, CellNamingSink naming, int inMemoryBytes,
            long stringsBudget) {
        this.request = request;
        this.binder = binder;
        this.naming = naming;
        this.inMemoryBytes = inMemoryBytes;
        this.stringsBudget = stringsBudget;
        this.text = new CellText(request.limits().maxCellLength());
    }

    /** @return where reading is */
    WorkbookFailure.Phase phase() {
        return phase;
    }

    /** @return the first row not read, or 0 before the sheet's first row */
    long line() {
        return phase == WorkbookFailure.Phase.SHEET && rows != null ? rows.resumeLine() : 0;
    }

    /** @return the cell being read, or the empty string outside the sheet */
    String cell() {
        return phase == WorkbookFailure.Phase.SHEET ? text.cell() : "";
    }

    /**
     * Reads the workbook into the binder.
     *
     * @throws IOException if the content, the archive or a part cannot be read, or a guard refuses it
     * @throws OpenXML4JException if the package is not a workbook
     * @throws SAXException if a part's XML is malformed
     * @throws SheetRows.Stop if reading stopped at a row, the binder having said why
     */
    void run() throws IOException, OpenXML4JException, SAXException {
        try (WorkbookCopy copy = WorkbookCopy.of(request, inMemoryBytes)) {
            if (copy.head().length == 0) {
                binder.fail(0, FileProblem.FILE_EMPTY, "", SheetMessages.fileEmpty());
                return;
            }
            phase = WorkbookFailure.Phase.ARCHIVE;
            try (WorkbookParts parts = WorkbookParts.open(copy)) {
                phase = WorkbookFailure.Phase.PARTS;
                OPCPackage workbook = OPCPackage.open(parts);
                try {
                    read(workbook, parts);
                } finally {
                    workbook.revert();
                }
            }
        }
    }

    private void read(OPCPackage workbook, WorkbookParts parts) throws IOException, OpenXML4JException,
            SAXException {
        XSSFReader reader = new XSSFReader(workbook);
        StylesTable styles = reader.getStylesTable();
        WorkbookStrings strings = strings(workbook, parts);
        rows = new SheetRows(binder, naming, text, strings, request.limits().maxCellLength(),
                request.limits().maxColumns());
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                String name = String.valueOf(sheets.getSheetName());
                names.add(name);
                if (request.forcedSheet().map(name::equalsIgnoreCase).orElse(names.size() == 1)) {
                    parts.stream(sheets.getSheetPart());
                    phase = WorkbookFailure.Phase.SHEET;
                    parse(styles, strings, sheet);
                    rows.finish();
                    return;
                }
            }
        }
        sheetNotFound(names);
    }

    private WorkbookStrings strings(OPCPackage workbook, WorkbookParts parts) throws IOException, SAXException {
        List<PackagePart> found = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (found.isEmpty()) {
            return WorkbookStrings.none();
        }
        PackagePart part = found.get(0);
        parts.stream(part);
        try (InputStream in = part.getInputStream()) {
            return WorkbookStrings.read(in, part.getPartName().getName(), request.limits().maxCellLength(),
                    stringsBudget);
        }
    }

    private void parse(StylesTable styles, WorkbookStrings strings, InputStream sheet) throws IOException,
            SAXException {
        try {
            text.setParent(XMLHelper.newXMLReader());
        } catch (ParserConfigurationException e) {
            throw new SAXException("no XML parser", e);
        }
        text.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDataFormatter(), false));
        text.parse(new InputSource(sheet));
    }

    private void sheetNotFound(List<String> names) {
        if (names.isEmpty() && request.forcedSheet().isEmpty()) {
            binder.fail(0, FileProblem.FILE_EMPTY, "", SheetMessages.noSheet());
            return;
        }
        String asked = request.forcedSheet().orElse("");
        binder.fail(0, FileProblem.SHEET_NOT_FOUND, asked, SheetMessages.sheetNotFound(asked, names,
                !binder.holdsPersonalData()));
    }
}
