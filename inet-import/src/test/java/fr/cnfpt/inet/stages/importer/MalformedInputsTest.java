package fr.cnfpt.inet.stages.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import fr.cnfpt.inet.stages.importer.validation.Validation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of malformed inputs: each, in CSV, JSON and XLSX where it applies, gets its error code
 * on the right line, the totals add up, and nothing throws.
 */
class MalformedInputsTest {

    private static final Edition EDITION = Editions.current();
    private static final List<String> HEADER = List.of("Référence", "Structure d'accueil", "Type de structure",
            "Population", "Département", "Type de stage", "Cadre d'emplois", "Promotion", "Date de dépôt", "Intitulé",
            "Courriel");
    private static final List<String> GOOD = List.of("OBS-1", "Ville de Metz", "COMMUNE", "120000", "57",
            "OBSERVATION", "ADMINISTRATEUR", "2026", "15/11/2025", "Observation", "dgs@metz.fr");

    static Stream<Arguments> table() {
        return Stream.of(
                // name, format, content, code, line, rows, rejected
                row("31/02/2026", "csv", csv(rows(set(8, "31/02/2026"))), "DATE_INVALID", 3, 2, 1),
                row("31/02/2026", "json", json(rows(set(8, "31/02/2026"))), "DATE_INVALID", 3, 2, 1),
                row("31/02/2026", "xlsx", xlsx(rows(set(8, "31/02/2026"))), "DATE_INVALID", 3, 2, 1),
                row("negative population", "csv", csv(rows(set(3, "-3"))), "POPULATION_NOT_POSITIVE", 3, 2, 1),
                row("negative population", "json", json(rows(set(3, "-3"))), "POPULATION_NOT_POSITIVE", 3, 2, 1),
                row("negative population", "xlsx", xlsx(rows(set(3, "-3"))), "POPULATION_NOT_POSITIVE", 3, 2, 1),
                row("unknown type", "csv", csv(rows(set(5, "STAGE_MYSTERE"))), "TYPE_UNKNOWN", 3, 2, 1),
                row("unknown type", "json", json(rows(set(5, "STAGE_MYSTERE"))), "TYPE_UNKNOWN", 3, 2, 1),
                row("unknown type", "xlsx", xlsx(rows(set(5, "STAGE_MYSTERE"))), "TYPE_UNKNOWN", 3, 2, 1),
                row("unknown corps", "csv", csv(rows(set(6, "ATTACHE"))), "CORPS_UNKNOWN", 3, 2, 1),
                row("unknown département", "csv", csv(rows(set(4, "99"))), "DEPARTEMENT_UNKNOWN", 3, 2, 1),
                row("not an e-mail", "csv", csv(rows(set(10, "dgs at metz"))), "EMAIL_INVALID", 3, 2, 1),
                row("missing required value", "csv", csv(rows(set(9, ""))), "VALUE_REQUIRED", 3, 2, 1),
                row("duplicate reference", "csv", csv(rows(set(0, "OBS-1"))), "DUPLICATE_REFERENCE", 3, 2, 1),
                row("missing header", "csv", csv(List.of(GOOD, GOOD)), "HEADER_MISSING", 1, 1, 1),
                row("missing header", "xlsx", xlsx(List.of(GOOD, GOOD)), "HEADER_MISSING", 1, 1, 1),
                row("missing column", "csv", csv(List.of(HEADER.subList(0, 9), GOOD.subList(0, 9))),
                        "COLUMN_MISSING", 1, 1, 1),
                row("duplicate header", "csv", csv(List.of(dupHeader(), GOOD)), "COLUMN_DUPLICATE", 1, 1, 1),
                row("duplicate header", "xlsx", xlsx(List.of(dupHeader(), GOOD)), "COLUMN_DUPLICATE", 1, 1, 1),
                row("duplicate key", "json", "[{\"reference\":\"A\",\"reference\":\"B\"}]"
                        .getBytes(StandardCharsets.UTF_8), "KEY_DUPLICATE", 1, 1, 1),
                row("mixed separators", "csv", mixedSeparators(), "SEPARATOR_MIXED", 3, 2, 1),
                row("unterminated quote", "csv", (text(List.of(HEADER, GOOD)) + "\"OBS-2;Ville;COMMUNE\r\nOBS-3;x\r\n")
                        .getBytes(StandardCharsets.UTF_8), "QUOTE_UNTERMINATED", 3, 1, 0),
                row("unterminated quote", "json", "[{\"reference\": \"OBS-1}]".getBytes(StandardCharsets.UTF_8),
                        "JSON_INVALID", 1, 0, 0),
                row("wrong encoding", "csv", mixedEncodings(), "ENCODING_INVALID", 3, 2, 1),
                row("wrong encoding", "json", "[{\"title\": \"Observation à Metz\"}]"
                        .getBytes(Charset.forName("windows-1252")), "ENCODING_INVALID", 1, 0, 0),
                row("empty file", "csv", new byte[0], "FILE_EMPTY", 0, 0, 0),
                row("empty file", "json", new byte[0], "FILE_EMPTY", 0, 0, 0),
                row("empty file", "xlsx", xlsx(List.of()), "FILE_EMPTY", 0, 0, 0),
                row("header only", "csv", csv(List.of(HEADER)), "NO_DATA_ROWS", 0, 0, 0),
                row("header only", "json", "[]".getBytes(StandardCharsets.UTF_8), "NO_DATA_ROWS", 0, 0, 0),
                row("header only", "xlsx", xlsx(List.of(HEADER)), "NO_DATA_ROWS", 0, 0, 0),
                row("100,000-character cell", "csv", csv(rows(r -> r, set(9, "x".repeat(100_000)))),
                        "CELL_TOO_LONG", 4, 3, 1),
                row("100,000-character cell", "json", json(rows(r -> r, set(9, "x".repeat(100_000)))),
                        "CELL_TOO_LONG", 4, 2, 0),
                row("binary garbage", "csv", garbage(), "NOT_TEXT", 0, 0, 0),
                row("binary garbage", "json", garbage(), "NOT_TEXT", 0, 0, 0),
                row("binary garbage", "xlsx", garbage(), "XLSX_INVALID", 0, 0, 0),
                row("truncated workbook", "xlsx", Arrays.copyOf(xlsx(rows(r -> r)), xlsx(rows(r -> r)).length / 2),
                        "XLSX_INVALID", 0, 0, 0),
                row("record not an object", "json", "[{\"reference\":\"A\"}, 42]".getBytes(StandardCharsets.UTF_8),
                        "RECORD_NOT_OBJECT", 1, 2, 2),
                row("nested value", "json", "{\"reference\": {\"a\": 1}}\n".getBytes(StandardCharsets.UTF_8),
                        "VALUE_NOT_SCALAR", 1, 1, 1));
    }

    @ParameterizedTest(name = "{0} ({1}) gives {3} on line {4}")
    @MethodSource("table")
    void reportsEachMalformedInputWithItsCodeAndLine(String name, String format, byte[] content, String code,
            long line, long rows, long rejected) throws Exception {
        Collected collected = new Collected();
        Validation validation = Validation.of(EDITION, Schedules.of(EDITION), ImporterRegistry.load());

        FileReport report = validation.check(ImportRequest.of("offres." + format, () -> new java.io.ByteArrayInputStream(
                content), RecordKind.OFFERS), null, collected);

        assertThat(collected.problems).as(name).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.line()).isEqualTo(line);
        });
        assertThat(report.rows()).as("rows").isEqualTo(rows);
        assertThat(report.rejected()).as("rejected").isEqualTo(rejected);
        assertThat(report.accepted() + report.rejected()).isEqualTo(report.rows());
        assertThat(collected.problems).allSatisfy(p -> assertThat(p.message().fr() + p.message().en())
                .doesNotContain("Exception").doesNotContain("\tat "));
        assertThat(collected.problems.stream().map(Problem::value)).allSatisfy(v -> assertThat(v.length())
                .isLessThanOrEqualTo(Problem.MAX_VALUE_LENGTH));
    }

    private static Arguments row(String name, String format, byte[] content, String code, long line, long rows,
            long rejected) {
        return Arguments.of(name, format, content, code, line, rows, rejected);
    }

    @SafeVarargs
    private static List<List<String>> rows(UnaryOperator<List<String>>... changes) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        int n = 1;
        rows.add(GOOD);
        for (UnaryOperator<List<String>> change : changes) {
            List<String> row = new ArrayList<>(GOOD);
            row.set(0, "OBS-" + ++n);
            rows.add(change.apply(row));
        }
        return rows;
    }

    private static UnaryOperator<List<String>> set(int column, String value) {
        return row -> {
            row.set(column, value);
            return row;
        };
    }

    private static List<String> dupHeader() {
        List<String> header = new ArrayList<>(HEADER);
        header.set(1, "Référence ");
        return header;
    }

    private static String text(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(r -> text.append(String.join(";", r)).append("\r\n"));
        return text.toString();
    }

    private static byte[] csv(List<List<String>> rows) {
        return text(rows).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(List<List<String>> rows) {
        try {
            List<Map<String, String>> records = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                Map<String, String> record = new LinkedHashMap<>();
                for (int i = 0; i < HEADER.size(); i++) {
                    record.put(HEADER.get(i), row.get(i));
                }
                records.add(record);
            }
            // one record per line, after the opening bracket on line 1: record n is on line n + 1
            StringBuilder text = new StringBuilder("[\n");
            ObjectMapper mapper = new ObjectMapper();
            for (int i = 0; i < records.size(); i++) {
                text.append(mapper.writeValueAsString(records.get(i))).append(i + 1 < records.size() ? ",\n" : "\n");
            }
            return text.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Offres");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] mixedSeparators() {
        List<String> comma = new ArrayList<>(GOOD);
        comma.set(0, "OBS-2");
        return (text(List.of(HEADER, GOOD)) + String.join(",", comma) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mixedEncodings() {
        List<String> second = new ArrayList<>(GOOD);
        second.set(0, "OBS-2");
        second.set(1, "Ville de Besançon");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text(List.of(HEADER, GOOD)).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(text(List.of(second)).getBytes(Charset.forName("windows-1252")));
        return out.toByteArray();
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[10] = 0;
        return bytes;
    }
}
