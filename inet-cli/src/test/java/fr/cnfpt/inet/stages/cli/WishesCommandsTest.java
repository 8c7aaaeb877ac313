package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wishes file in {@code inet validate} and {@code inet import}, in-process: told from its name, or by --kind. */
class WishesCommandsTest {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int run(String... args) {
        return Inet.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void validateTellsAWishesFileFromItsNameAndChecksItAgainstTheOffersAndTrainees() {
        assertThat(run("validate", SAMPLES.resolve("offers.csv").toString(), SAMPLES.resolve("eleves.csv").toString(),
                SAMPLES.resolve("voeux.csv").toString(), "--strict", "--lang", "en")).as(out + "" + err).isZero();
        assertThat(out.toString()).contains("voeux.csv (wishes, csv, utf-8): 9 rows = 9 accepted + 0 rejected");
    }

    @Test
    void validateReportsTheWishesChecksOfAFileGivenByKind() throws Exception {
        Path wishes = Files.writeString(folder.resolve("choix.csv"), "Élève;Offre;Rang\nE2026-001;OBS-2026-001;1\n"
                + "E2026-001;OBS-2026-002;1\nE2026-002;OBS-2026-001;3\n", StandardCharsets.UTF_8);

        assertThat(run("validate", "--kind", "wishes", wishes.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(out.toString()).contains("choix.csv (wishes, csv, utf-8): 3 rows = 2 accepted + 1 rejected",
                "choix.csv:3 [Rang] error WISH_RANK_DUPLICATE", "choix.csv:4 warning WISH_RANK_GAP");
    }

    @Test
    void importWritesTheAcceptedWishesAsJsonLines() throws Exception {
        Path dataset = folder.resolve("dataset");

        assertThat(run("import", SAMPLES.resolve("offers.csv").toString(), SAMPLES.resolve("eleves.csv").toString(),
                SAMPLES.resolve("voeux.csv").toString(), "-o", dataset.toString())).as(out + "" + err).isZero();
        assertThat(Files.readAllLines(dataset.resolve("wishes.jsonl"), StandardCharsets.UTF_8)).hasSize(9)
                .startsWith("{\"trainee\":\"E2026-001\",\"offer\":\"OBS-2026-001\",\"rank\":1}");
    }
}
