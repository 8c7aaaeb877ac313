package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No trainee's personal data in any output: trainees files in every format hold canary names and
 * e-mail addresses, in good rows and in rows broken in every way that once echoed them (a bad
 * e-mail, too many cells, another separator, no header, a JSON token, a record that is not an
 * object, a damaged workbook, a bad shared-string index). No canary may appear in anything
 * {@code validate}, {@code import} or {@code stats} prints or writes.
 */
class PrivacyIT {

    /** Every canary holds this, in any case. */
    private static final String CANARY = "canari";
    private static final String GIVEN = "Zoé-Canari";
    private static final String FAMILY = "CANARIDUPONT";
    private static final String EMAIL = "canari.secret@example.org";
    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @TempDir
    Path folder;

    record TraineesFile(String name, String fileName, byte[] content) {
        @Override
        public String toString() {
            return fileName + ": " + name;
        }
    }

    static List<TraineesFile> files() {
        List<TraineesFile> files = new ArrayList<>();
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            String suffix = charset == StandardCharsets.UTF_8 ? "" : " (Windows-1252)";
            files.add(new TraineesFile("broken rows" + suffix, "eleves.csv", csvRows().getBytes(charset)));
            files.add(new TraineesFile("no header" + suffix, "eleves.csv", ("E1;ADMINISTRATEUR;2026;" + GIVEN + ";"
                    + FAMILY + ";" + EMAIL + "\r\n").getBytes(charset)));
        }
        files.add(new TraineesFile("an unclosed quote", "eleves.csv", ("Identifiant;Cadre d'emplois;Promotion;Prénom;"
                + "Nom;Courriel\r\nE1;ADMINISTRATEUR;2026;\"" + GIVEN + ";" + FAMILY + ";" + EMAIL + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        files.add(new TraineesFile("broken records", "trainees.jsonl", jsonLines().getBytes(StandardCharsets.UTF_8)));
        files.add(new TraineesFile("a syntax error in an array", "trainees.json", ("[" + record("E1", GIVEN, FAMILY,
                EMAIL) + ", {\"id\": \"E2\", \"givenName\": " + FAMILY + "}]").getBytes(StandardCharsets.UTF_8)));
        files.add(new TraineesFile("a record that is a name", "trainees.json", ("[\"" + GIVEN + " " + FAMILY + "\"]")
                .getBytes(StandardCharsets.UTF_8)));
        byte[] workbook = HostileInputs.workbook(List.of(List.of("Identifiant", "Cadre d'emplois", "Promotion",
                "Prénom", "Nom", "Courriel"), List.of("E1", "ADMINISTRATEUR", "2026", GIVEN, FAMILY, EMAIL),
                List.of("E2", "ADMINISTRATEUR", "2026", GIVEN, FAMILY, "pas-un-courriel-" + FAMILY)));
        files.add(new TraineesFile("a workbook with a bad e-mail", "eleves.xlsx", workbook));
        files.add(new TraineesFile("a shared-string index out of range", "eleves.xlsx", HostileInputs.replaceEntry(
                workbook, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<v>\\d+</v>", "<v>999999</v>"))));
        files.add(new TraineesFile("a damaged sheet", "eleves.xlsx", HostileInputs.replaceEntry(workbook,
                "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("</row>", "</row>&" + FAMILY))));
        files.add(new TraineesFile("a truncated workbook", "eleves.xlsx", java.util.Arrays.copyOf(workbook,
                workbook.length * 2 / 3)));
        return files;
    }

    private static String csvRows() {
        return "Identifiant;Cadre d'emplois;Promotion;Prénom;Nom;Courriel\r\n"
                + "E1;ADMINISTRATEUR;2026;" + GIVEN + ";" + FAMILY + ";" + EMAIL + "\r\n"
                + "E2;ADMINISTRATEUR;2026;" + GIVEN + ";" + FAMILY + ";pas un courriel " + FAMILY + "\r\n"
                + "E3;ADMINISTRATEUR;2026;" + GIVEN + ";" + FAMILY + ";" + EMAIL + ";" + GIVEN + " " + FAMILY + "\r\n"
                + "E4,ADMINISTRATEUR,2026," + GIVEN + "," + FAMILY + "," + EMAIL + "\r\n"
                + "E1;ADMINISTRATEUR;2026;" + GIVEN + ";" + FAMILY + ";" + EMAIL + "\r\n"
                + "E5;ATTACHE;2026;" + GIVEN + ";" + FAMILY + ";" + EMAIL + "\r\n";
    }

    private static String record(String id, String given, String family, String email) {
        return "{\"id\": \"" + id + "\", \"corps\": \"ADMINISTRATEUR\", \"cohort\": 2026, \"givenName\": \"" + given
                + "\", \"familyName\": \"" + family + "\", \"email\": \"" + email + "\"}";
    }

    private static String jsonLines() {
        return record("E1", GIVEN, FAMILY, EMAIL) + "\n"
                + "{\"id\": \"E2\", \"givenName\": " + GIVEN + ", \"familyName\": \"" + FAMILY + "\"}\n"
                + record("E3", GIVEN, FAMILY, "pas un courriel " + FAMILY) + "\n"
                + "\"" + GIVEN + " " + FAMILY + "\"\n"
                + "{\"id\": \"E4\", \"familyName\": {\"nom\": \"" + FAMILY + "\"}}\n"
                + record("E1", GIVEN, FAMILY, EMAIL).substring(0, 60) + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void noOutputHoldsATraineesNameOrEmail(TraineesFile trainees) throws Exception {
        Path file = Files.write(folder.resolve(trainees.fileName()), trainees.content());
        Path out = Files.createDirectories(folder.resolve("out"));
        List<InetJar.Result> runs = new ArrayList<>();

        runs.add(InetJar.run("validate", file.toString(), "--kind", "trainees", "--report",
                out.resolve("report.json").toString(), "--rejects", out.resolve("rejects.csv").toString()));
        runs.add(InetJar.run("validate", file.toString(), "--kind", "trainees", "--lang", "en"));
        runs.add(InetJar.run("import", file.toString(), "--kind", "trainees", "-o", out.resolve("dataset").toString(),
                "--accept-errors", "--accept-unread"));
        runs.add(InetJar.run("stats", "--offers", SAMPLES.resolve("offers.json").toString(), "--trainees",
                file.toString(), "--format", "all", "-o", out.resolve("reports").toString(), "--accept-errors",
                "--accept-unread", "--min-count", "1"));

        for (InetJar.Result run : runs) {
            assertThat(run.exitCode()).as(run.err()).isBetween(0, 2);
            assertThat(run.out().toLowerCase(Locale.ROOT)).doesNotContain(CANARY);
            assertThat(run.err().toLowerCase(Locale.ROOT)).doesNotContain(CANARY);
        }
        try (Stream<Path> written = Files.walk(out)) {
            for (Path output : written.filter(Files::isRegularFile).toList()) {
                assertThat(text(output).toLowerCase(Locale.ROOT)).as(output.toString()).doesNotContain(CANARY);
            }
        }
    }

    /** What a reader of the file sees: the text of a PDF, of every part of a workbook, or the bytes. */
    private static String text(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            PdfReader reader = new PdfReader(file.toString());
            try {
                StringBuilder text = new StringBuilder();
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page));
                }
                return text.toString();
            } finally {
                reader.close();
            }
        }
        if (name.endsWith(".xlsx")) {
            ByteArrayOutputStream parts = new ByteArrayOutputStream();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    try (java.io.InputStream part = zip.getInputStream(entry)) {
                        part.transferTo(parts);
                    }
                }
            }
            return parts.toString(StandardCharsets.UTF_8);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
