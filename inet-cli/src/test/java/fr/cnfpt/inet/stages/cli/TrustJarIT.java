package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each defect of the hostile tester of issue 14, as a user meets it, from the shaded jar: the
 * promise of {@code docs/reliability.md} that fixes it.
 */
class TrustJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path offers(String name, List<List<String>> rows) throws Exception {
        return Files.write(folder.resolve(name), HostileInputs.text(rows));
    }

    @Test
    void aFileNotReadToItsEndIsRefusedUnlessTheUnreadLinesAreAcceptedAndThenCounted() throws Exception {
        Path file = offers("offres.csv", HostileInputs.with(HostileInputs.offers(900), 11, 9, "\"Observation"));
        Path trainees = Files.writeString(folder.resolve("eleves.csv"), "Identifiant;Cadre d'emplois;Promotion\r\n"
                + "E1;ADMINISTRATEUR;2026\r\n");

        InetJar.Result imported = InetJar.run("import", file.toString(), "-o", folder.resolve("dataset").toString(),
                "--accept-errors");
        InetJar.Result counted = InetJar.run("stats", "--offers", file.toString(), "--trainees", trainees.toString(),
                "--report", "offers", "--format", "json", "-o", folder.resolve("offers.json").toString(),
                "--accept-errors", "--accept-unread");

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.out()).contains("10 lignes = 10 acceptées + 0 rejetées").contains(
                "non lu à partir de la ligne 12 (890 ligne(s) non lue(s))");
        assertThat(imported.err()).contains("not read from line 12 on (890 line(s) not read)")
                .contains("--accept-unread");
        assertThat(folder.resolve("dataset")).doesNotExist();
        assertThat(counted.exitCode()).as(counted.err()).isZero();
        JsonNode report = JSON.readTree(folder.resolve("offers.json").toFile());
        assertThat(report.toString()).contains("LINES_NOT_READ").contains("890 ligne(s) du fichier d'offres");
    }

    @Test
    void anOutputIsNeverAnInput() throws Exception {
        Path file = Files.copy(Path.of("..", "docs", "samples", "offres-excel.csv"), folder.resolve("offres.csv"));
        byte[] before = Files.readAllBytes(file);

        InetJar.Result run = InetJar.run("validate", file.toString(), "--rejects", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("inet: cannot write").contains("also an input");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileThatBreaksItsImporterIsItsProblemAndTheOtherFilesAreReported() throws Exception {
        Path good = Files.copy(Path.of("..", "docs", "samples", "offers.json"), folder.resolve("offers.json"));
        Path odd = Files.write(folder.resolve("offres-odd.json"), HostileInputs.tenBytes());
        Path report = folder.resolve("report.json");

        InetJar.Result run = InetJar.run("validate", good.toString(), odd.toString(), "--report", report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("Exception").contains("offres-odd.json could not be read");
        JsonNode files = JSON.readTree(report.toFile()).get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("accepted").asInt()).isEqualTo(8);
        assertThat(files.get(1).get("problems").get(0).get("code").asText()).isEqualTo("NOT_TEXT");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void writesToStandardOutputWithoutReplacingDevStdout() throws Exception {
        Path file = Path.of("..", "docs", "samples", "offres-excel.csv");

        InetJar.Result run = InetJar.run("validate", file.toString(), "--report", "/dev/stdout");

        assertThat(run.exitCode()).isZero();
        assertThat(JSON.readTree(run.out()).get("summary").get("rows").asInt()).isEqualTo(8);
        assertThat(run.err()).contains("8 lignes = 8 acceptées");
        assertThat(Files.isSymbolicLink(Path.of("/dev/stdout"))).isTrue();
    }

    @Test
    void writesThroughLinksAndKeepsPermissions() throws Exception {
        Path file = Path.of("..", "docs", "samples", "offres-excel.csv");
        Path link = Files.createSymbolicLink(folder.resolve("report.json"), Path.of("reports-2026.json"));
        Path secret = Files.writeString(folder.resolve("secret.json"), "{}");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));

        assertThat(InetJar.run("validate", file.toString(), "--report", link.toString()).exitCode()).isZero();
        assertThat(InetJar.run("validate", file.toString(), "--report", secret.toString()).exitCode()).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(folder.resolve("reports-2026.json")).isNotEmptyFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(Files.size(secret)).isGreaterThan(2);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void namesAFolderAPipeOrADeviceGivenAsInput() throws Exception {
        Path pipe = folder.resolve("offres-pipe.csv");
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(10, TimeUnit.SECONDS);

        InetJar.Result directory = InetJar.run("validate", folder.toString(), "--kind", "offers");
        InetJar.Result fifo = InetJar.run("validate", pipe.toString());
        InetJar.Result device = InetJar.run("validate", "/dev/zero", "--kind", "offers");

        assertThat(directory.err()).contains("it is a folder, not a file");
        assertThat(fifo.err()).contains("it is a named pipe (FIFO), not a file");
        assertThat(device.err()).contains("it is a device, not a file");
        assertThat(List.of(directory, fifo, device)).allSatisfy(r -> assertThat(r.exitCode()).isEqualTo(2));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void saysPermissionDeniedWhenTheFileCannotBeRead() throws Exception {
        Path file = Files.copy(Path.of("..", "docs", "samples", "offres-excel.csv"), folder.resolve("offres.csv"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        List<String> command = new ArrayList<>();
        if (System.getProperty("user.name").equals("root")) {
            // root reads any file: run as nobody, where setpriv can (and the jar is readable by all).
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "skipped: root, and no setpriv to drop it");
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
            folder.toFile().setExecutable(true, false);
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                InetJar.jar().toAbsolutePath().toString(), "validate", file.toString()));

        InetJar.Result run = InetJar.runCommand(command);

        assumeTrue(!run.err().contains("Unable to access jarfile") && !run.err().contains("Error occurred"),
                () -> "skipped: nobody cannot run the jar here: " + run.err());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("inet: cannot read " + file + ": permission denied");
    }

    @Test
    void everyProblemOfAOneLineArrayGivesItsRecordAndColumn() throws Exception {
        StringBuilder array = new StringBuilder("[");
        for (int i = 1; i <= 1_000; i++) {
            String record = HostileInputs.record(i);
            array.append(i > 1 ? "," : "").append(i == 3 || i == 998 ? record.replace("15/11/2025", "31/02/2026")
                    : record);
        }
        Path file = Files.writeString(folder.resolve("offers.json"), array.append("]").toString());
        Path report = folder.resolve("report.json");

        InetJar.Result run = InetJar.run("validate", file.toString(), "--report", report.toString(), "--lang", "en");

        List<JsonNode> problems = StreamSupport.stream(JSON.readTree(report.toFile()).get("files").get(0)
                .get("problems").spliterator(), false).toList();
        assertThat(problems).extracting(p -> p.get("record").asInt()).containsExactly(3, 998);
        assertThat(problems).allSatisfy(p -> assertThat(p.get("line").asInt()).isEqualTo(1));
        assertThat(problems.get(1).get("character").asInt()).isGreaterThan(problems.get(0).get("character").asInt());
        assertThat(run.out()).contains(":1:" + problems.get(0).get("character").asInt() + " (record 3)");
    }

    @Test
    void aRuleBrokenInAWorkbookNamesTheColumnAsWrittenAndTheCell() throws Exception {
        List<List<String>> rows = HostileInputs.offers(1);
        rows.get(0).set(3, "Nombre d'habitants");
        rows.get(1).set(3, "10000");
        rows.get(1).set(5, "PROJET_COLLECTIF");
        rows.get(1).set(6, "ADMINISTRATEUR, INGENIEUR_EN_CHEF");
        Path file = Files.write(folder.resolve("offres.xlsx"), HostileInputs.workbook(rows));
        Path report = folder.resolve("report.json");

        InetJar.run("validate", file.toString(), "--report", report.toString());

        JsonNode problem = StreamSupport.stream(JSON.readTree(report.toFile()).get("files").get(0).get("problems")
                .spliterator(), false).filter(p -> p.get("code").asText().equals("COLLECTIVE_PROJECT_POPULATION_TOO_SMALL"))
                .findFirst().orElseThrow();
        assertThat(problem.get("column").asText()).isEqualTo("Nombre d'habitants");
        assertThat(problem.get("cell").asText()).isEqualTo("D2");
    }

    @Test
    void readsTheTwoDigitYearsOfLibreOfficeWithAWarning() throws Exception {
        Path file = offers("offres.csv", HostileInputs.with(HostileInputs.offers(1), 1, 8, "14/11/25"));

        InetJar.Result run = InetJar.run("validate", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 rows = 1 accepted + 0 rejected").contains("DATE_TWO_DIGIT_YEAR")
                .contains("14/11/2025");
    }

    @Test
    void rejectsTheUtf8RowsOfAWindows1252FileInsteadOfStoringMojibake() throws Exception {
        List<List<String>> rows = HostileInputs.offers(2);
        rows.get(1).set(1, "Ville de Besançon");
        rows.get(2).set(1, "Métropole de Nîmes");
        byte[] windows = HostileInputs.text(rows.subList(0, 2), Charset.forName("windows-1252"));
        byte[] utf8 = HostileInputs.text(rows.subList(2, 3), StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("offres.csv"), HostileInputs.concat(windows, utf8));
        Path dataset = folder.resolve("dataset");

        InetJar.Result run = InetJar.run("import", file.toString(), "-o", dataset.toString(), "--accept-errors");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ENCODING_INVALID");
        String written = Files.readString(dataset.resolve("offers.jsonl"));
        assertThat(written).contains("Ville de Besançon").doesNotContain("Ã");
    }
}
