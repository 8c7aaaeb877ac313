package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exclusions file in {@code inet validate} (by --kind) and {@code inet import} (exclusions.jsonl), in-process. */
class ExclusionsCommandsTest {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int run(String... args) {
        return Inet.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void validateReadsAnExclusionsFileGivenByKindAndWarnsOfAHostExcludedTwice() throws Exception {
        Path file = Files.writeString(folder.resolve("conflits.csv"), "Trainee;Host;Department;SIRET\n"
                + "E2026-001;Ville de Metz;57;\nE2026-001;VILLE DE METZ;57;\nE2026-002;;;2157046360001\n",
                StandardCharsets.UTF_8);

        assertThat(run("validate", "--kind", "exclusions", file.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(out.toString()).contains("conflits.csv (exclusions, csv, utf-8): 3 rows = 2 accepted + 1 rejected",
                "conflits.csv:3 [Host] warning EXCLUSION_DUPLICATE", "conflits.csv:4 [SIRET] error SIRET_INVALID");
    }

    @Test
    void importWritesTheAcceptedExclusionsAsJsonLines() throws Exception {
        Path dataset = folder.resolve("dataset");

        assertThat(run("import", SAMPLES.resolve("eleves.csv").toString(), SAMPLES.resolve("exclusions.csv").toString(),
                "-o", dataset.toString())).as(out + "" + err).isZero();
        assertThat(Files.readAllLines(dataset.resolve("exclusions.jsonl"), StandardCharsets.UTF_8)).containsExactly(
                "{\"trainee\":\"E2026-003\",\"hostName\":\"ville de strasbourg\",\"departement\":\"67\"}",
                "{\"trainee\":\"E2026-008\",\"hostName\":\"ville de lyon\",\"departement\":\"69\","
                        + "\"siret\":\"21690123100011\"}",
                "{\"trainee\":\"E2026-011\",\"hostName\":\"departement du bas rhin\",\"departement\":\"67\"}");
    }
}
