package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trust suite: every hostile input of {@link HostileInputs} (more than 30 kinds in each of CSV,
 * JSON and Excel) through {@code inet validate}, {@code inet import} and {@code inet stats}, from the
 * shaded jar. Whatever the input: exit 0, 1 or 2 and never a stack trace; every file's rows are
 * accepted or rejected, or counted as not read; a refused run leaves nothing at its target; and no
 * CSV or Excel file we write holds a cell a spreadsheet would run.
 */
@Execution(ExecutionMode.CONCURRENT)
class HostileInputsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path trainees;

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    @BeforeAll
    static void goodTrainees() throws Exception {
        trainees = Files.writeString(shared.resolve("eleves.csv"), "Identifiant;Cadre d'emplois;Promotion\r\n"
                + "E1;ADMINISTRATEUR;2026\r\nE2;INGENIEUR_EN_CHEF;2026\r\n");
    }

    static Stream<HostileInputs.Input> inputs() {
        return HostileInputs.all().stream();
    }

    @Test
    void triesAtLeastThirtyKindsOfInputInEachFormat() {
        List<HostileInputs.Input> all = HostileInputs.all();
        assertThat(all.stream().filter(i -> i.fileName().endsWith(".csv"))).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all.stream().filter(i -> i.fileName().contains(".json"))).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all.stream().filter(i -> i.fileName().endsWith(".xlsx"))).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void keepsEveryPromiseWhateverTheInput(HostileInputs.Input input) throws Exception {
        Path file = Files.write(folder.resolve(input.fileName()), input.content());

        validates(input, file);
        imports(input, file);
        computesStatistics(file);
    }

    private void validates(HostileInputs.Input input, Path file) throws Exception {
        Path report = folder.resolve("report.json");
        Path rejects = folder.resolve("rejects.csv");
        InetJar.Result run = InetJar.run("validate", file.toString(), "--kind", input.kind(), "--report",
                report.toString(), "--rejects", rejects.toString());

        assertWellBehaved(run);
        assertThat(report).as(run.err()).exists();
        JsonNode files = JSON.readTree(report.toFile()).get("files");
        assertThat(files).hasSize(1);
        accountsForEveryRow(input, files.get(0));
        Spreadsheets.assertCsvNeutralised(rejects);
    }

    private void imports(HostileInputs.Input input, Path file) throws Exception {
        Path dataset = folder.resolve("dataset");
        InetJar.Result run = InetJar.run("import", file.toString(), "--kind", input.kind(), "-o", dataset.toString(),
                "--accept-errors");

        assertWellBehaved(run);
        if (run.exitCode() != 0) {
            assertThat(dataset).as("nothing written on exit " + run.exitCode()).doesNotExist();
            assertThat(hiddenIn(folder)).as("no litter").allMatch(name -> name.endsWith(".lock"));
            return;
        }
        JsonNode report = JSON.readTree(dataset.resolve("import-report.json").toFile()).get("files").get(0);
        accountsForEveryRow(input, report);
        long written;
        try (Stream<String> lines = Files.lines(dataset.resolve("offers.jsonl"))) {
            written = lines.count();
        }
        assertThat(written).as("records written = accepted").isEqualTo(report.get("accepted").asLong());
    }

    private void computesStatistics(Path file) throws Exception {
        Path reports = folder.resolve("reports");
        InetJar.Result run = InetJar.run("stats", "--offers", file.toString(), "--trainees", trainees.toString(),
                "-o", reports.toString(), "--format", "csv,xlsx", "--accept-errors", "--accept-unread");

        assertWellBehaved(run);
        if (run.exitCode() != 0) {
            assertThat(reports).as("nothing written on exit " + run.exitCode()).doesNotExist();
            return;
        }
        try (Stream<Path> files = Files.list(reports)) {
            for (Path written : files.toList()) {
                if (written.toString().endsWith(".csv")) {
                    Spreadsheets.assertCsvNeutralised(written);
                } else {
                    Spreadsheets.assertXlsxNeutralised(written);
                }
            }
        }
    }

    /** rows = accepted + rejected, always; a file not read to its end says where, and how much is left. */
    private static void accountsForEveryRow(HostileInputs.Input input, JsonNode file) {
        long rows = file.get("rows").asLong();
        long accepted = file.get("accepted").asLong();
        long rejected = file.get("rejected").asLong();
        assertThat(accepted + rejected).as("rows = accepted + rejected").isEqualTo(rows);
        JsonNode unread = file.get("unread");
        boolean complete = file.get("complete").asBoolean();
        if (complete) {
            assertThat(unread.isNull()).isTrue();
        }
        if (input.rows() < 0) {
            return;
        }
        if (unread.isNull()) {
            if (complete) {
                assertThat(rows).as("every row of a file read to its end is accepted or rejected")
                        .isEqualTo(input.rows());
            }
        } else {
            assertThat(unread.get("fromLine").asLong()).isPositive();
            long lines = unread.get("lines").asLong();
            if (lines >= 0) {
                assertThat(rows + lines).as("rows read + lines not read cover the file")
                        .isGreaterThanOrEqualTo(input.rows());
            }
        }
    }

    private static void assertWellBehaved(InetJar.Result run) {
        assertThat(run.exitCode()).as(run.err()).isBetween(0, 2);
        for (String output : List.of(run.out(), run.err())) {
            assertThat(output).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("Caused by:")
                    .doesNotContain("internal error");
        }
        if (run.exitCode() == 2) {
            assertThat(run.err().strip()).as("one clear line").isNotEmpty();
        }
    }

    private static List<String> hiddenIn(Path folder) throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).forEach(names::add);
        }
        return names;
    }
}
