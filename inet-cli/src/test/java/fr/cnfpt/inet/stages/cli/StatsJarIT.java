package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inet stats} from the shaded jar, on the sample files of docs/samples. */
class StatsJarIT {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @TempDir
    Path folder;

    private static InetJar.Result stats(String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("stats", "--offers", SAMPLES.resolve("offres.xlsx").toString(),
                "--trainees", SAMPLES.resolve("eleves.csv").toString(), "--placements",
                SAMPLES.resolve("placements.json").toString()));
        args.addAll(List.of(more));
        return InetJar.run(args.toArray(String[]::new));
    }

    @Test
    void writesTheThreeReportsInEveryFormatInBothLanguages() throws Exception {
        for (String lang : List.of("fr", "en")) {
            InetJar.Result result = stats("--format", "all", "--lang", lang, "-o", folder.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            for (String report : List.of("offers", "placements", "dashboard")) {
                for (String format : List.of("pdf", "xlsx", "csv", "json", "html")) {
                    Path file = folder.resolve(report + "-2026-2027-" + lang + "." + format);
                    assertThat(file).as(result.out()).exists();
                    assertThat(Files.size(file)).isGreaterThan(100);
                }
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(f -> f.getFileName().toString().contains(".tmp"))).isEmpty();
        }
        String html = Files.readString(folder.resolve("dashboard-2026-2027-en.html"), StandardCharsets.UTF_8);
        assertThat(html).as("one self-contained file: charts embedded").contains("src=\"data:image/png;base64,")
                .contains("Internships dashboard");
    }

    @Test
    void dashboardIsOnePageWhoseFiguresMatchTheJsonAndTheWorkbook() throws Exception {
        InetJar.Result result = stats("--report", "dashboard", "--format", "pdf,json,xlsx", "--min-count", "1", "-o",
                folder.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();

        JsonNode json = new ObjectMapper().readTree(folder.resolve("dashboard-2026-2027-fr.json").toFile());
        assertThat(json.get("report").asText()).isEqualTo("dashboard");
        assertThat(json.get("cohort").asInt()).isEqualTo(2026);
        JsonNode figures = json.get("tables").get(0);
        assertThat(figures.get("id").asText()).isEqualTo("key-figures");
        assertThat(figures.get("rows").get(0).toString()).isEqualTo("[\"OFFERS\",8,null,null]");
        assertThat(figures.get("rows").get(1).toString()).isEqualTo("[\"TRAINEES\",12,null,null]");

        PdfReader reader = new PdfReader(folder.resolve("dashboard-2026-2027-fr.pdf").toString());
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Tableau de bord des stages", "Offres reçues", "Élèves de la promotion",
                    "Offres par type de stage", "Taux d'affectation par type de stage");
            assertThat(text).containsPattern("Offres reçues\\s*8");
            assertThat(reader.getInfo().get("Title")).isEqualTo("Tableau de bord des stages 2026-2027");
        } finally {
            reader.close();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("dashboard-2026-2027-fr.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("key-figures");
            Row offers = sheet.getRow(2);
            assertThat(offers.getCell(0).getStringCellValue()).isEqualTo("Offres reçues");
            assertThat(offers.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(offers.getCell(1).getNumericCellValue()).isEqualTo(8.0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void smallCountsOfTraineesAreWithheldByDefault() throws Exception {
        InetJar.Result result = stats("--report", "placements", "--format", "json,pdf", "-o", folder.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();

        JsonNode json = new ObjectMapper().readTree(folder.resolve("placements-2026-2027-fr.json").toFile());
        JsonNode trainees = json.get("tables").get(0);
        assertThat(trainees.get("id").asText()).isEqualTo("trainees-by-corps-and-cohort");
        assertThat(trainees.get("suppressed").size()).isPositive();
        String json2 = Files.readString(folder.resolve("placements-2026-2027-fr.json"), StandardCharsets.UTF_8);
        assertThat(json2).doesNotContain("E2026-");
        PdfReader reader = new PdfReader(folder.resolve("placements-2026-2027-fr.pdf").toString());
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("< 5", "Les effectifs inférieurs à 5 sont masqués");
        } finally {
            reader.close();
        }
    }

    @Test
    void refusesAFileWithErrorsUnlessAcceptedAndThenSaysWhatWasLeftOut() throws Exception {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("offers.csv"), StandardCharsets.UTF_8);
        Path offers = folder.resolve("offers.csv");
        String bad = "BAD-2026-001,Ville de Colmar,COMMUNE,-3,68,,OBSERVATION,ADMINISTRATEUR,2026,,,2025-11-14,"
                + "Observation,,stages@colmar.fr,";
        Files.writeString(offers, String.join("\n", lines) + "\n" + bad + "\n", StandardCharsets.UTF_8);
        Path out = Files.createDirectory(folder.resolve("out"));
        String[] args = {"stats", "--offers", offers.toString(), "--trainees", SAMPLES.resolve("trainees.json").toString(),
            "--report", "offers", "--format", "json", "-o", out.toString()};

        InetJar.Result refused = InetJar.run(args);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("POPULATION_NOT_POSITIVE");
        assertThat(refused.err()).contains("--accept-errors");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }

        List<String> accepting = new java.util.ArrayList<>(List.of(args));
        accepting.add("--accept-errors");
        InetJar.Result accepted = InetJar.run(accepting.toArray(String[]::new));
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("offers-2026-2027-fr.json").toFile());
        assertThat(json.get("notes").get(0).asText()).startsWith("1 ligne(s) d'offres rejetée(s)");
        JsonNode problems = json.get("tables").get(json.get("tables").size() - 1);
        assertThat(problems.get("id").asText()).isEqualTo("offers-import-problems-by-rule");
        assertThat(problems.get("rows").toString()).contains("[\"OFFERS\",\"POPULATION_NOT_POSITIVE\",\"ERROR\",1]");
    }

    @Test
    void readsTheNormalisedDatasetOfInetImport() throws Exception {
        Path dataset = folder.resolve("dataset");
        InetJar.Result imported = InetJar.run("import", SAMPLES.resolve("offers.json").toString(),
                SAMPLES.resolve("trainees.json").toString(), SAMPLES.resolve("placements.json").toString(), "-o",
                dataset.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        InetJar.Result result = InetJar.run("stats", "--offers", dataset.resolve("offers.jsonl").toString(),
                "--trainees", dataset.resolve("trainees.jsonl").toString(), "--placements",
                dataset.resolve("placements.jsonl").toString(), "--report", "dashboard", "--format", "json",
                "--min-count", "1", "-o", folder.resolve("d.json").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(folder.resolve("d.json").toFile());
        assertThat(json.get("tables").get(0).get("rows").get(0).toString()).isEqualTo("[\"OFFERS\",8,null,null]");
    }
}
