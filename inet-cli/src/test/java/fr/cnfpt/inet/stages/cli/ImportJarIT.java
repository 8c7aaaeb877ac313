package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import commands, run from the shaded jar: importers are found by ServiceLoader inside it. */
class ImportJarIT {

    private static final String HEADER = "Référence;Structure d'accueil;Type de structure;Population;Département;"
            + "Type de stage;Cadre d'emplois;Promotion;Date de dépôt;Intitulé;Courriel\r\n";
    private static final String GOOD = "OBS-1;Ville de Metz;COMMUNE;120 000;57;OBSERVATION;Administrateurs;2026;"
            + "15/11/2025;Observation à la DGS;dgs@metz.fr\r\n";
    private static final String BAD = "PC-2;Ville de Sélestat;COMMUNE;19000;67;PROJET_COLLECTIF;\"AT;CTB;ICT\";2026;"
            + "10/06/2026;=HYPERLINK(\"http://x\");projet@selestat.fr\r\n";

    @TempDir
    Path folder;

    @Test
    void listsTheBuiltInImportersFoundInTheShadedJar() throws Exception {
        InetJar.Result result = InetJar.run("plugins", "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode importers = new ObjectMapper().readTree(result.out()).get("importers");
        assertThat(importers.findValuesAsText("id")).containsExactlyInAnyOrder("csv", "json", "xlsx");
        JsonNode reports = new ObjectMapper().readTree(result.out()).get("reports");
        assertThat(reports.findValuesAsText("id")).containsExactlyInAnyOrder("brochure", "offers", "placements",
                "dashboard", "plan");
        for (JsonNode report : reports) {
            String id = report.get("id").asText();
            assertThat(report.get("formats").toString()).as(id).isEqualTo(id.equals("brochure") ? "[\"pdf\",\"html\"]"
                    : id.equals("plan") ? "[\"pdf\",\"html\",\"xlsx\",\"json\"]"
                    : "[\"pdf\",\"html\",\"xlsx\",\"csv\",\"json\"]");
        }
    }

    @Test
    void validatesFrenchExcelCsvJsonAndXlsxWithoutErrors() throws Exception {
        Path csv = Files.write(folder.resolve("offres.csv"), (HEADER + GOOD).getBytes(Charset.forName("windows-1252")));
        Path json = Files.writeString(folder.resolve("offers.jsonl"), "{\"reference\":\"OBS-1\",\"hostName\":\"Ville de"
                + " Metz\",\"hostKind\":\"COMMUNE\",\"population\":120000,\"departement\":\"57\",\"type\":\"OBSERVATION\","
                + "\"corps\":[\"ADMINISTRATEUR\"],\"cohort\":2026,\"submitted\":\"2025-11-15\",\"title\":\"Observation\","
                + "\"contact\":\"dgs@metz.fr\"}\n");
        Path xlsx = xlsx(folder.resolve("offres.xlsx"));

        for (Path file : new Path[] {csv, json, xlsx}) {
            InetJar.Result result = InetJar.run("validate", file.toString(), "--lang", "en");
            assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
            assertThat(result.out()).contains("1 rows = 1 accepted + 0 rejected");
        }
    }

    @Test
    void reportsErrorsInTheReportAndRejectsFilesAndExitsWithOne() throws Exception {
        Path csv = Files.write(folder.resolve("offres.csv"), (HEADER + GOOD + BAD)
                .getBytes(Charset.forName("windows-1252")));
        Path report = folder.resolve("report.json");
        Path rejects = folder.resolve("rejects.csv");

        InetJar.Result result = InetJar.run("validate", csv.toString(), "--report", report.toString(), "--rejects",
                rejects.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode file = new ObjectMapper().readTree(report.toFile()).get("files").get(0);
        assertThat(file.get("kind").asText()).isEqualTo("OFFERS");
        assertThat(file.get("encoding").asText()).isEqualTo("windows-1252");
        assertThat(file.get("rows").asLong()).isEqualTo(2);
        assertThat(file.get("accepted").asLong() + file.get("rejected").asLong()).isEqualTo(2);
        assertThat(file.get("problems").findValuesAsText("code")).contains("COLLECTIVE_PROJECT_POPULATION_TOO_SMALL");
        assertThat(file.get("problems").get(0).fieldNames()).toIterable().contains("line", "column", "field", "value",
                "code", "severity", "message");
        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8))
                .as("one problem per line, so that grep finds a problem whole")
                .filteredOn(line -> line.contains("\"code\":")).hasSize(file.get("problems").size())
                .allSatisfy(line -> assertThat(line.strip()).startsWith("{\"line\":").contains("\"message\":"));
        assertThat(Files.readString(rejects, StandardCharsets.UTF_8)).contains("COLLECTIVE_PROJECT_POPULATION_TOO_SMALL")
                .doesNotContain(";=HYPERLINK");
    }

    @Test
    void writesTheSameDatasetBytesTwiceAndNothingWhenThereAreErrors() throws Exception {
        Path csv = Files.write(folder.resolve("offres.csv"), (HEADER + GOOD).getBytes(Charset.forName("windows-1252")));
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");

        assertThat(InetJar.run("import", csv.toString(), "-o", first.toString()).exitCode()).isZero();
        assertThat(InetJar.run("import", csv.toString(), "-o", second.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(first.resolve("offers.jsonl")))
                .isEqualTo(Files.readAllBytes(second.resolve("offers.jsonl")));
        assertThat(Files.readString(first.resolve("offers.jsonl"))).contains("\"reference\":\"OBS-1\"");

        Path bad = Files.write(folder.resolve("offres-bad.csv"), (HEADER + BAD).getBytes(Charset.forName("windows-1252")));
        Path third = folder.resolve("third");
        InetJar.Result refused = InetJar.run("import", bad.toString(), "-o", third.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(third).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith(".third.new-"));
        }
    }

    @Test
    void exitsWithTwoForUnusableInput() throws Exception {
        Path garbage = Files.write(folder.resolve("offres.xlsx"), new byte[] {1, 2, 3, 0, 4});
        Path unknown = Files.writeString(folder.resolve("offres.ods"), "x");

        InetJar.Result damaged = InetJar.run("validate", garbage.toString());
        InetJar.Result format = InetJar.run("validate", unknown.toString());

        assertThat(damaged.exitCode()).isEqualTo(2);
        assertThat(damaged.out()).contains("XLSX_INVALID");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format").doesNotContain("Exception");
    }

    private static Path xlsx(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Offres");
            String[] header = HEADER.strip().split(";");
            String[] good = GOOD.strip().split(";");
            Row first = sheet.createRow(0);
            Row second = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
                second.createCell(i).setCellValue(good[i]);
            }
            workbook.write(out);
        }
        return file;
    }
}
