package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks of offers and trainees, sound or damaged on purpose: written by POI, then their zip
 * entries replaced, added, stored uncompressed or cut. Sheets written by hand use inline strings,
 * so that each cell's XML is under the test's control.
 */
final class WorkbookFixture {

    /** The sheet of a workbook written by POI. */
    static final String SHEET = "xl/worksheets/sheet1.xml";
    /** The offers' header. */
    static final List<String> OFFER_HEADER = List.of("Référence", "Structure d'accueil", "Type de structure",
            "Population", "Département", "Type de stage", "Cadre d'emplois", "Promotion", "Date de dépôt",
            "Intitulé", "Courriel");
    /** The trainees' header. */
    static final List<String> TRAINEE_HEADER = List.of("Identifiant", "Cadre d'emplois", "Promotion", "Prénom", "Nom",
            "Courriel");

    private WorkbookFixture() {
    }

    /** @return an offer that passes every check, with its reference */
    static List<String> offer(int number) {
        return List.of("OBS-" + number, "Ville de Metz", "COMMUNE", "120000", "57", "OBSERVATION", "ADMINISTRATEUR",
                "2026", "15/11/2025", "Observation " + number, "dgs@metz.fr");
    }

    /** @return the header and offers 1 to n, one changed */
    static List<List<String>> offers(int n, int changed, UnaryOperator<List<String>> change) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(OFFER_HEADER);
        for (int i = 1; i <= n; i++) {
            rows.add(i == changed ? change.apply(new ArrayList<>(offer(i))) : offer(i));
        }
        return rows;
    }

    /** @return the header and offers 1 to n */
    static List<List<String>> offers(int n) {
        return offers(n, -1, UnaryOperator.identity());
    }

    /** Writes rows as Excel does, texts in the shared strings table. */
    static byte[] workbook(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Feuille");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes rows as sheet XML, texts inline, each cell with its reference. */
    static String sheetXml(List<List<String>> rows) {
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append(rowXml(r + 1, rows.get(r)));
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    /** @return a row of inline strings */
    static String rowXml(int line, List<String> cells) {
        StringBuilder xml = new StringBuilder("<row r=\"" + line + "\">");
        for (int c = 0; c < cells.size(); c++) {
            xml.append(cellXml(letters(c) + line, escape(cells.get(c))));
        }
        return xml.append("</row>").toString();
    }

    /** @return a cell holding an inline string, its text already escaped */
    static String cellXml(String reference, String escapedText) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + escapedText + "</t></is></c>";
    }

    /** @return the column letters, 0 is A */
    static String letters(int column) {
        return fr.cnfpt.inet.stages.importer.columns.CellReference.letters(column);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** @return a workbook of POI whose sheet is replaced by the XML given */
    static byte[] withSheet(String xml) {
        return withSheet(xml, StandardCharsets.UTF_8);
    }

    /** @return a workbook of POI whose sheet is replaced by the XML given, stored uncompressed: no inflation ratio */
    static byte[] withStoredSheet(String xml) {
        return with(workbook(List.of(List.of("x"))), SHEET, xml.getBytes(StandardCharsets.UTF_8), true);
    }

    /** @return a workbook of POI whose sheet is replaced by the XML given, in an encoding */
    static byte[] withSheet(String xml, java.nio.charset.Charset encoding) {
        return with(workbook(List.of(List.of("x"))), SHEET, xml.getBytes(encoding), false);
    }

    /**
     * Replaces or adds an entry.
     *
     * @param zip  the archive
     * @param name  the entry
     * @param content  its content
     * @param stored  true to store it uncompressed (no inflation ratio), false to deflate it
     * @return the new archive
     */
    static byte[] with(byte[] zip, String name, byte[] content, boolean stored) {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, content);
        return zip(entries, stored ? name : null);
    }

    /** @return the entries of an archive, in order */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Writes entries in order, one of them stored uncompressed. */
    static byte[] zip(Map<String, byte[]> entries, String stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals(stored)) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What an importer gave for a workbook. */
    record Read(ImportFacts facts, Collected collected) {

        /** @return the codes of the problems */
        List<String> codes() {
            return collected.codes();
        }

        /** @return the one problem of a code */
        fr.cnfpt.inet.stages.importer.spi.Problem problem(String code) {
            return collected.problems.stream().filter(p -> p.code().equals(code)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + code + " in " + collected.problems));
        }

        /** @return the rows accepted and rejected */
        long passedOn() {
            return collected.acceptedLines.size() + collected.rejected.size();
        }
    }

    /** Reads a workbook of offers with the default importer. */
    static Read read(byte[] workbook) {
        return read(new XlsxImporter(), workbook, RecordKind.OFFERS);
    }

    /** Reads a workbook with an importer. */
    static Read read(XlsxImporter importer, byte[] workbook, RecordKind kind) {
        return read(importer, ImportRequest.of(kind == RecordKind.TRAINEES ? "eleves.xlsx" : "offres.xlsx",
                () -> new ByteArrayInputStream(workbook), kind));
    }

    /** Reads a request with an importer. */
    static Read read(XlsxImporter importer, ImportRequest request) {
        Collected collected = new Collected();
        ImportFacts facts = importer.read(request, collected);
        return new Read(facts, collected);
    }
}
