package fr.cnfpt.inet.stages.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The hostile inputs the trust suite feeds the {@code inet} command: empty and random files, broken
 * syntax, limits passed, mixed encodings, formula injection, zip bombs, entities, damaged and
 * truncated workbooks… in CSV, JSON and JSON Lines, and Excel. Each says how many data rows it holds
 * (when that is defined), so that a run can be checked to account for every one of them.
 */
final class HostileInputs {

    /** One input: its name, what it holds, the file's name and bytes, and its data rows (-1 if not defined). */
    record Input(String name, String kind, String fileName, byte[] content, long rows) {
        @Override
        public String toString() {
            return fileName + ": " + name;
        }
    }

    static final List<String> HEADER = List.of("Référence", "Structure d'accueil", "Type de structure",
            "Population", "Département", "Type de stage", "Cadre d'emplois", "Promotion", "Date de dépôt", "Intitulé",
            "Courriel");
    static final List<String> KEYS = List.of("reference", "hostName", "hostKind", "population", "departement", "type",
            "corps", "cohort", "submitted", "title", "contact");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Text a spreadsheet would run as a formula if it were written as is. */
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/\",\"Cliquez\")", "+33 1 23 45",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0");

    private HostileInputs() {
    }

    /** A good offer, the n-th. */
    static List<String> offer(int n) {
        return new ArrayList<>(List.of("OBS-" + n, "Ville de Metz", "COMMUNE", "120000", "57", "OBSERVATION",
                "ADMINISTRATEUR", "2026", "15/11/2025", "Observation n° " + n, "dgs@metz.fr"));
    }

    /** n good offers, the header first. */
    static List<List<String>> offers(int n) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADER));
        for (int i = 1; i <= n; i++) {
            rows.add(offer(i));
        }
        return rows;
    }

    static List<List<String>> with(List<List<String>> rows, int row, int column, String value) {
        rows.get(row).set(column, value);
        return rows;
    }

    private static List<Input> all;

    /** @return every input, made once */
    static synchronized List<Input> all() {
        if (all == null) {
            List<Input> inputs = new ArrayList<>();
            inputs.addAll(csv());
            inputs.addAll(json());
            inputs.addAll(xlsx());
            all = List.copyOf(inputs);
        }
        return all;
    }

    // ---------------------------------------------------------------- CSV

    static List<Input> csv() {
        List<Input> in = new ArrayList<>();
        in.add(csv("empty file", new byte[0], 0));
        in.add(csv("a byte-order mark only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0));
        in.add(csv("header only", text(offers(0)), 0));
        in.add(csv("blank lines only", "\r\n\r\n\n   \r\n".getBytes(StandardCharsets.US_ASCII), 0));
        in.add(csv("random bytes", random(4096, 1), -1));
        in.add(csv("random printable text", randomText(20_000, 2), -1));
        in.add(csv("NUL bytes", new byte[64], -1));
        in.add(csv("the ten bytes 41 00…", tenBytes(), -1));
        in.add(csv("a workbook named .csv", workbook(offers(3)), -1));
        in.add(csv("40,000-character cell at row 11 of 900", text(with(offers(900), 11, 9, "x".repeat(40_000))), 900));
        in.add(csv("closed quoted cell of 3 MB", text(with(offers(50), 20, 9, "\"" + "y".repeat(3_000_000) + "\"")), 50));
        in.add(csv("unclosed quote at row 11 of 900", text(with(offers(900), 11, 9, "\"Observation")), 900));
        in.add(csv("300,000-column header", (String.join(";", HEADER) + ";" + "Colonne;".repeat(300_000) + "\r\n"
                + String.join(";", offer(1)) + "\r\n").getBytes(StandardCharsets.UTF_8), 1));
        in.add(csv("a row of 5,000 cells", text(with(offers(5), 3, 10, "a@b.fr" + ";z".repeat(5_000))), 5));
        in.add(csv("Windows-1252, then UTF-8 (Métropole de Nîmes)", windows1252ThenUtf8(), 2));
        in.add(csv("UTF-8, then Windows-1252", utf8ThenWindows1252(), 2));
        in.add(csv("UTF-16 with a byte-order mark", utf16(text(offers(3))), 3));
        in.add(csv("mixed separators", mixedSeparators(), 3));
        in.add(csv("formula injection in every text cell", text(formulas(offers(4))), 4));
        in.add(csv("lines ended by CR only", String.join("\r", lines(offers(4))).getBytes(StandardCharsets.UTF_8), 4));
        in.add(csv("dates with two-digit years (LibreOffice)", text(twoDigitYears(offers(14))), 14));
        in.add(csv("the same column twice", text(duplicateColumn(offers(3))), 3));
        in.add(csv("a required column missing", text(dropColumn(offers(3), 10)), 3));
        in.add(csv("no header: data first", text(offers(4).subList(1, 5)), 4));
        in.add(csv("one reference 1,000 times", text(sameReference(offers(1_000))), 1_000));
        in.add(csv("control characters in cells", text(with(with(offers(3), 1, 1, "Ville\u0007\u0001 de Metz"), 2, 0,
                "OBS\u0000-2")), 3));
        in.add(csv("one unquoted line of 1 MB", ("a".repeat(1_000_000) + "\r\n").getBytes(StandardCharsets.UTF_8), -1));
        in.add(csv("a quote inside an unquoted value", text(with(offers(3), 2, 1, "Ville \"de\" Metz")), 3));
        in.add(csv("text after a closing quote", text(with(offers(3), 2, 1, "\"Ville\" de Metz")), 3));
        in.add(csv("ragged rows (too few and too many cells)", ragged(), 4));
        in.add(csv("bad values (31/02, negative, words)", text(with(with(with(offers(4), 1, 8, "31/02/2026"), 2, 3,
                "-3"), 3, 3, "beaucoup")), 4));
        in.add(csv("a quoted value over several lines", text(with(offers(3), 2, 9, "\"Ligne 1\r\nLigne 2\"")), 3));
        in.add(csv("bidirectional and zero-width characters", text(with(with(offers(3), 1, 0, "OBS-\u202E1"), 2, 1,
                "Ville\u200B de Metz")), 3));
        in.add(csv("numbers with exponents and huge", text(with(with(offers(3), 1, 3, "1e9"), 2, 3,
                "99999999999999999999999999")), 3));
        in.add(csv("a header of blanks and spaces", ("  ;  ;\r\n" + String.join(";", offer(1)) + "\r\n")
                .getBytes(StandardCharsets.UTF_8), 1));
        in.add(csv("10,000 bad rows", text(manyBad(10_000)), 10_000));
        return in;
    }

    // ---------------------------------------------------------------- JSON

    static List<Input> json() {
        List<Input> in = new ArrayList<>();
        in.add(json("empty file", "json", "", 0));
        in.add(json("empty array", "json", "[]", 0));
        in.add(json("empty object", "json", "{}", 0));
        in.add(json("null", "json", "null", 1));
        in.add(json("a number", "json", "42", 1));
        in.add(json("an array of numbers", "json", "[1, 2, 3]", 3));
        in.add(json("an array of arrays", "json", "[[1], [2]]", 2));
        in.add(json("random bytes", "json", random(4096, 3), -1));
        in.add(json("the ten bytes 41 00…", "json", tenBytes(), -1));
        in.add(json("901 JSON Lines, line 11 broken", "jsonl", jsonLinesBrokenAt(901, 11), 901));
        in.add(json("JSON Lines, last line truncated", "jsonl", truncatedLastLine(), 20));
        in.add(json("an array never closed", "json", jsonArray(20).substring(0, jsonArray(20).length() - 3), 20));
        in.add(json("a syntax error inside an array", "json", jsonArray(20).replace("\"OBS-7\"", "OBS-7"), 20));
        in.add(json("a nested object as a value", "jsonl", "{\"reference\": {\"a\": 1}}\n", 1));
        in.add(json("nested 1,000 levels deep", "json", "[".repeat(1_000) + "]".repeat(1_000), -1));
        in.add(json("a number of 100,000 digits", "jsonl", record(1).replace("\"120000\"", "1" + "0".repeat(100_000))
                + "\n", 1));
        in.add(json("a 40,000-character value in JSON Lines", "jsonl", jsonLines(20).replace("Observation n° 5",
                "x".repeat(40_000)), 20));
        in.add(json("a record of 300,000 keys", "jsonl", manyKeys(300_000), 1));
        in.add(json("a key twice", "json", "[{\"reference\":\"A\",\"reference\":\"B\"}]", 1));
        in.add(json("UTF-16 with a byte-order mark", "json", utf16(jsonArray(3).getBytes(StandardCharsets.UTF_8)), 3));
        in.add(json("a Windows-1252 line in JSON Lines", "jsonl", windows1252Line(), 3));
        in.add(json("a UTF-8 byte-order mark", "jsonl", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                jsonLines(3).getBytes(StandardCharsets.UTF_8)), 3));
        in.add(json("1,000 records on one line, 2 bad", "json", oneLineArray(), 1_000));
        in.add(json("content after the array", "json", jsonArray(3) + " {\"reference\": \"X\"}", 3));
        in.add(json("comments", "json", "// offres\n" + jsonArray(3), -1));
        in.add(json("NaN and Infinity", "jsonl", record(1).replace("\"120000\"", "NaN") + "\n"
                + record(2).replace("\"120000\"", "-Infinity") + "\n", 2));
        in.add(json("pretty-printed objects one after another", "json", prettyObjects(4), 4));
        in.add(json("formula injection in every value", "jsonl", formulaLines(), 4));
        in.add(json("null for required values", "jsonl", record(1).replace("\"dgs@metz.fr\"", "null") + "\n", 1));
        in.add(json("a lone surrogate escape", "jsonl", record(1).replace("Ville de Metz", "Ville\\ud800") + "\n", 1));
        in.add(json("a key of 100,000 characters", "jsonl", "{\"" + "k".repeat(100_000) + "\": 1}\n", 1));
        in.add(json("blank lines and CRLF in JSON Lines", "jsonl", "\r\n" + jsonLines(3).replace("\n", "\r\n\r\n"), 3));
        in.add(json("a cohort beyond any number", "jsonl", record(1).replace("\"2026\"", "99999999999999999999") + "\n",
                1));
        in.add(json("a truncated UTF-8 sequence", "jsonl", truncatedUtf8(), 2));
        return in;
    }

    // ---------------------------------------------------------------- XLSX

    static List<Input> xlsx() {
        List<Input> in = new ArrayList<>();
        byte[] good = workbook(offers(200));
        in.add(xlsx("empty file", new byte[0], -1));
        in.add(xlsx("text, not a workbook", "Référence;Structure\r\n".getBytes(StandardCharsets.UTF_8), -1));
        in.add(xlsx("random bytes", random(4096, 5), -1));
        in.add(xlsx("a zip without a workbook", zip(Map.of("hello.txt", "bonjour")), -1));
        for (int percent : new int[] {10, 50, 90, 99}) {
            in.add(xlsx("truncated at " + percent + " %", Arrays.copyOf(good, good.length * percent / 100), 200));
        }
        in.add(xlsx("a zip bomb", zipBomb(), -1));
        in.add(xlsx("a DOCTYPE with entities (billion laughs)", replaceEntry(good, "xl/worksheets/sheet1.xml",
                xml -> billionLaughs(xml)), -1));
        in.add(xlsx("an external entity (XXE)", replaceEntry(good, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst(
                "<worksheet", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
                .replaceFirst("<v>", "<v>&xxe;")), -1));
        in.add(xlsx("a damaged sheet (a stray &)", replaceEntry(good, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("</row>", "</row>&")), 200));
        in.add(xlsx("a shared-string index out of range", replaceEntry(good, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<v>\\d+</v>", "<v>999999</v>")), 200));
        in.add(xlsx("an empty sheet", workbook(List.of()), 0));
        in.add(xlsx("header only", workbook(offers(0)), 0));
        in.add(xlsx("a 40,000-character cell at row 11", replaceEntry(workbook(with(offers(30), 11, 9, "LONG")),
                "xl/sharedStrings.xml", xml -> xml.replace(">LONG<", ">" + "x".repeat(40_000) + "<")), 30));
        in.add(xlsx("a cell at the last column (XFD)", workbookWith(offers(3), sheet -> sheet.getRow(2)
                .createCell(16_383).setCellValue("far")), 3));
        in.add(xlsx("a header of 2,000 columns", workbookWith(offers(3), sheet -> {
            for (int c = HEADER.size(); c < 2_000; c++) {
                sheet.getRow(0).createCell(c).setCellValue("Colonne " + c);
            }
        }), 3));
        in.add(xlsx("dates with two-digit years", workbook(twoDigitYears(offers(5))), 5));
        in.add(xlsx("formulas as cells", workbookWith(offers(3), sheet -> sheet.getRow(1).getCell(3)
                .setCellFormula("100000+20000")), 3));
        in.add(xlsx("formula injection in every text cell", workbook(formulas(offers(4))), 4));
        in.add(xlsx("numbers where text is expected", workbookWith(offers(3), sheet -> sheet.getRow(1).getCell(0)
                .setCellValue(12345)), 3));
        in.add(xlsx("booleans and errors", workbookWith(offers(3), sheet -> {
            sheet.getRow(1).getCell(3).setCellValue(true);
            sheet.getRow(2).getCell(3).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
        }), 3));
        in.add(xlsx("blank rows above the header and gaps", workbookWith(List.of(), sheet -> {
            List<List<String>> rows = offers(3);
            int[] at = {4, 5, 50, 900};
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(at[r]);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
        }), 3));
        in.add(xlsx("the same column twice", workbook(duplicateColumn(offers(3))), 3));
        in.add(xlsx("no header: data first", workbook(offers(4).subList(1, 5)), 4));
        in.add(xlsx("an old .xls (OLE2) named .xlsx", ole2(), -1));
        in.add(xlsx("a sheet part missing", removeEntry(good, "xl/worksheets/sheet1.xml"), -1));
        in.add(xlsx("shared strings missing", removeEntry(good, "xl/sharedStrings.xml"), 200));
        in.add(xlsx("control characters in cells", workbook(with(offers(3), 1, 1, "Ville\u0007 de Metz")), 3));
        in.add(xlsx("a sheet of 5,000 rows with bad ones", workbook(manyBad(5_000)), 5_000));
        in.add(xlsx("a row of many cells", workbookWith(offers(3), sheet -> {
            for (int c = HEADER.size(); c < 3_000; c++) {
                sheet.getRow(2).createCell(c).setCellValue("z");
            }
        }), 3));
        in.add(xlsx("a zip entry with a path outside (zip slip)", addEntry(good, "../../evil.txt", "x"), 200));
        return in;
    }

    // ---------------------------------------------------------------- makers

    private static Input csv(String name, byte[] content, long rows) {
        return new Input(name, "offers", "offres.csv", content, rows);
    }

    private static Input json(String name, String extension, String content, long rows) {
        return json(name, extension, content.getBytes(StandardCharsets.UTF_8), rows);
    }

    private static Input json(String name, String extension, byte[] content, long rows) {
        return new Input(name, "offers", "offers." + extension, content, rows);
    }

    private static Input xlsx(String name, byte[] content, long rows) {
        return new Input(name, "offers", "offres.xlsx", content, rows);
    }

    static List<String> lines(List<List<String>> rows) {
        return rows.stream().map(r -> String.join(";", r.stream().map(HostileInputs::quoted).toList())).toList();
    }

    private static String quoted(String cell) {
        boolean quote = !cell.startsWith("\"") && (cell.contains(";") || cell.contains("\n") || cell.contains("\r"))
                && !cell.contains(";z");
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    static byte[] text(List<List<String>> rows) {
        return text(rows, StandardCharsets.UTF_8);
    }

    static byte[] text(List<List<String>> rows, Charset charset) {
        return (String.join("\r\n", lines(rows)) + "\r\n").getBytes(charset);
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] randomText(int size, long seed) {
        Random random = new Random(seed);
        String alphabet = "abcdefghijklmnopqrstuvwxyzéèàçÉ0123456789;,\"\r\n\t |=+-@'";
        StringBuilder text = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] tenBytes() {
        return new byte[] {0x41, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    }

    private static byte[] windows1252ThenUtf8() {
        List<List<String>> rows = offers(2);
        rows.get(1).set(1, "Ville de Besançon");
        rows.get(2).set(1, "Métropole de Nîmes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text(rows.subList(0, 2), WINDOWS_1252));
        out.writeBytes(text(rows.subList(2, 3), StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] utf8ThenWindows1252() {
        List<List<String>> rows = offers(2);
        rows.get(1).set(1, "Métropole de Nîmes");
        rows.get(2).set(1, "Ville de Besançon");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text(rows.subList(0, 2), StandardCharsets.UTF_8));
        out.writeBytes(text(rows.subList(2, 3), WINDOWS_1252));
        return out.toByteArray();
    }

    private static byte[] utf16(byte[] utf8) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] mixedSeparators() {
        List<String> lines = new ArrayList<>(lines(offers(3)));
        lines.set(2, lines.get(2).replace(';', ','));
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static List<List<String>> formulas(List<List<String>> rows) {
        for (int r = 1; r < rows.size(); r++) {
            String formula = FORMULAS.get((r - 1) % FORMULAS.size());
            rows.get(r).set(1, formula);
            rows.get(r).set(9, formula);
            rows.get(r).set(3, formula);
        }
        return rows;
    }

    private static List<List<String>> twoDigitYears(List<List<String>> rows) {
        for (int r = 1; r < rows.size(); r++) {
            rows.get(r).set(8, "14/11/25");
        }
        return rows;
    }

    private static List<List<String>> duplicateColumn(List<List<String>> rows) {
        rows.get(0).set(1, "Reference");
        return rows;
    }

    private static List<List<String>> dropColumn(List<List<String>> rows, int column) {
        rows.forEach(r -> r.remove(column));
        return rows;
    }

    private static List<List<String>> sameReference(List<List<String>> rows) {
        for (int r = 1; r < rows.size(); r++) {
            rows.get(r).set(0, "OBS-1");
        }
        return rows;
    }

    private static byte[] ragged() {
        List<String> lines = new ArrayList<>(lines(offers(4)));
        lines.set(2, "OBS-2;Ville de Metz");
        lines.set(3, lines.get(3) + ";en trop;encore");
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<List<String>> manyBad(int n) {
        List<List<String>> rows = offers(n);
        for (int r = 1; r <= n; r += 3) {
            rows.get(r).set(8, "31/02/2026");
        }
        return rows;
    }

    static String record(int n) {
        Map<String, String> record = new LinkedHashMap<>();
        List<String> offer = offer(n);
        for (int i = 0; i < KEYS.size(); i++) {
            record.put(KEYS.get(i), offer.get(i));
        }
        try {
            return new ObjectMapper().writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String jsonLines(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            text.append(record(i)).append('\n');
        }
        return text.toString();
    }

    static String jsonArray(int n) {
        StringBuilder text = new StringBuilder("[\n");
        for (int i = 1; i <= n; i++) {
            text.append(record(i)).append(i < n ? ",\n" : "\n");
        }
        return text.append("]\n").toString();
    }

    private static String jsonLinesBrokenAt(int n, int broken) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            String line = record(i);
            text.append(i == broken ? line.substring(0, line.length() / 2) : line).append('\n');
        }
        return text.toString();
    }

    private static String truncatedLastLine() {
        String text = jsonLines(20);
        return text.substring(0, text.length() - 40);
    }

    private static String manyKeys(int n) {
        StringBuilder text = new StringBuilder(record(1).substring(0, record(1).length() - 1));
        for (int i = 0; i < n; i++) {
            text.append(",\"k").append(i).append("\":1");
        }
        return text.append("}\n").toString();
    }

    private static byte[] windows1252Line() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((record(1) + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes((record(2).replace("Ville de Metz", "Ville de Besançon") + "\n").getBytes(WINDOWS_1252));
        out.writeBytes((record(3) + "\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String oneLineArray() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 1; i <= 1_000; i++) {
            String record = record(i);
            if (i == 3 || i == 998) {
                record = record.replace("\"15/11/2025\"", "\"31/02/2026\"");
            }
            text.append(i > 1 ? "," : "").append(record);
        }
        return text.append("]").toString();
    }

    private static String prettyObjects(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            text.append(record(i).replace("{", "{\n  ").replace(",\"", ",\n  \"").replace("}", "\n}")).append('\n');
        }
        return text.toString();
    }

    private static String formulaLines() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            String formula = FORMULAS.get(i - 1).replace("\"", "\\\"");
            text.append(record(i).replace("Ville de Metz", formula).replace("Observation n° " + i, formula)).append('\n');
        }
        return text.toString();
    }

    private static byte[] truncatedUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] line = (record(1).replace("Ville de Metz", "Métropole") + "\n").getBytes(StandardCharsets.UTF_8);
        int accent = new String(line, StandardCharsets.ISO_8859_1).indexOf('\u00C3');
        out.write(line, 0, accent + 1);
        out.write(line, accent + 2, line.length - accent - 2);
        out.writeBytes((record(2) + "\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] workbook(List<List<String>> rows) {
        return workbookWith(rows, sheet -> { });
    }

    static byte[] workbookWith(List<List<String>> rows, Consumer<Sheet> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Offres");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            change.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A workbook whose sheet inflates 32 MB of the same bytes (a ratio of about 1,000): refused by POI's guard. */
    private static byte[] zipBomb() {
        return replaceEntryBytes(workbook(offers(1)), "xl/worksheets/sheet1.xml", zip -> {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 32; i++) {
                zip.write(chunk);
            }
        });
    }

    private static String billionLaughs(String xml) {
        StringBuilder entities = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        entities.append("]>");
        return xml.replaceFirst("<worksheet", entities + "<worksheet").replaceFirst("<v>", "<v>&lol9;");
    }

    private static byte[] ole2() {
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        return concat(header, random(2048, 9));
    }

    @FunctionalInterface
    private interface EntryWriter {
        void write(ZipOutputStream zip) throws IOException;
    }

    static byte[] replaceEntry(byte[] workbook, String name, java.util.function.UnaryOperator<String> change) {
        return rezip(workbook, name, null, (entry, bytes) -> change.apply(new String(bytes, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] replaceEntryBytes(byte[] workbook, String name, EntryWriter writer) {
        return rezip(workbook, name, writer, null);
    }

    private static byte[] removeEntry(byte[] workbook, String name) {
        return rezip(workbook, name, null, (entry, bytes) -> null);
    }

    private static byte[] addEntry(byte[] workbook, String name, String content) {
        byte[] changed = rezip(workbook, "", null, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(changed));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] rezip(byte[] workbook, String name, EntryWriter writer,
            java.util.function.BiFunction<String, byte[], byte[]> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    if (writer != null) {
                        out.putNextEntry(new ZipEntry(name));
                        writer.write(out);
                        out.closeEntry();
                        continue;
                    }
                    content = change == null ? content : change.apply(name, content);
                    if (content == null) {
                        continue;
                    }
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
