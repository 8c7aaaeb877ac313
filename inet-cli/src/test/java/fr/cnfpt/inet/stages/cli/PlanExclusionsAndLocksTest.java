package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inet plan --exclusions} and {@code --locked}, in-process, on the samples: an exclusion moves a
 * trainee off a host, a locked placement is kept and the others planned around it, a locked row that
 * cannot be kept is one line naming its file and line (exit 2), never the trainee; {@code inet validate}
 * tells an exclusions file from its name.
 */
class PlanExclusionsAndLocksTest {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int plan(String... more) {
        List<String> args = new ArrayList<>(List.of("plan", "--offers", SAMPLES.resolve("offers.csv").toString(),
                "--trainees", SAMPLES.resolve("eleves.csv").toString(), "--wishes", SAMPLES.resolve("voeux.csv")
                        .toString(), "--type", "OBSERVATION", "-o", folder.resolve("plan").toString(), "--no-progress",
                "--lang", "en"));
        args.addAll(List.of(more));
        return Inet.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    }

    private List<String> placements() throws Exception {
        return Files.readAllLines(folder.resolve("plan").resolve("placements.csv"), StandardCharsets.UTF_8)
                .subList(1, 4);
    }

    private JsonNode planJson() throws Exception {
        return new ObjectMapper().readTree(folder.resolve("plan").resolve("plan.json").toFile());
    }

    /** @return the trainee placed on each observation offer, by offer */
    private java.util.Map<String, String> placedOn() throws Exception {
        java.util.Map<String, String> placed = new java.util.TreeMap<>();
        placements().forEach(row -> placed.put(row.split(";")[1], row.split(";")[0]));
        return placed;
    }

    @Test
    void anExclusionMovesATraineeOffTheHostByNameAndPlaceWithoutCaseOrAccents() throws Exception {
        assertThat(plan()).as(out + "" + err).isZero();
        String strasbourg = placedOn().get("OBS-2026-001");
        Path exclusions = Files.writeString(folder.resolve("exclusions.csv"), "Élève;Structure d'accueil;Département\n"
                + strasbourg + ";VILLE DE STRASBOURG;67\n", StandardCharsets.UTF_8);

        assertThat(plan("--exclusions", exclusions.toString())).as(out + "" + err).isZero();

        assertThat(placedOn()).containsOnlyKeys("OBS-2026-001", "OBS-2026-002", "OBS-2026-003");
        assertThat(placedOn().get("OBS-2026-001")).isNotEqualTo(strasbourg).isIn("E2026-001", "E2026-002",
                "E2026-003", "E2026-004");
        assertThat(planJson().get("withinWishes").asInt()).isEqualTo(3);
        assertThat(planJson().get("inputs").get("exclusionHosts").asInt()).isEqualTo(1);
    }

    @Test
    void theSampleExclusionsKeepEachTraineeOffTheHostsTheyExclude() throws Exception {
        assertThat(plan("--exclusions", SAMPLES.resolve("exclusions.csv").toString())).as(out + "" + err).isZero();

        assertThat(placements()).doesNotContain("E2026-003;OBS-2026-001;OBSERVATION",
                "E2026-008;OBS-2026-002;OBSERVATION", "E2026-011;OBS-2026-003;OBSERVATION");
        assertThat(planJson().get("placed").asInt()).isEqualTo(3);
        assertThat(planJson().get("inputs").get("exclusionHosts").asInt()).isEqualTo(3);
        assertThat(out.toString()).contains("exclusions.csv (exclusions, csv, utf-8): 3 rows = 3 accepted + 0 rejected");
    }

    @Test
    void aLockedPlacementIsKeptAndTheOthersArePlannedAroundIt() throws Exception {
        assertThat(plan("--locked", SAMPLES.resolve("verrous.csv").toString(), "--exclusions",
                SAMPLES.resolve("exclusions.csv").toString())).as(out + "" + err).isZero();

        assertThat(placedOn()).containsEntry("OBS-2026-001", "E2026-004").containsOnlyKeys("OBS-2026-001",
                "OBS-2026-002", "OBS-2026-003");
        assertThat(planJson().get("inputs").get("pins").asInt()).isEqualTo(1);
        assertThat(planJson().get("placed").asInt()).isEqualTo(3);
        assertThat(planJson().get("withinWishes").asInt()).isEqualTo(3);
    }

    @Test
    void aLockedRowOfAnotherTypeIsOneLineWithItsFileAndLineAndExitTwo() throws Exception {
        Path locked = Files.writeString(folder.resolve("verrous.csv"), "Élève;Offre;Type de stage\n"
                + "E2026-004;OBS-2026-001;OBSERVATION\nE2026-002;THE-2026-004;THEMATIQUE\n", StandardCharsets.UTF_8);

        assertThat(plan("--locked", locked.toString())).isEqualTo(2);

        assertThat(err.toString().lines().toList()).containsExactly("inet: no plan written: locked placement "
                + locked + ":3: this locked placement is a THEMATIQUE internship, the plan is of the OBSERVATION"
                + " internship: remove the row, or plan that type");
        assertThat(err.toString()).doesNotContain("E2026-002", "Exception", "\tat ");
        assertThat(folder.resolve("plan")).doesNotExist();
    }

    @Test
    void aLockedRowOnAnExcludedHostOrBeyondTheOffersPlacesIsRefused() throws Exception {
        Path locked = Files.writeString(folder.resolve("verrous.csv"), "Élève;Offre;Type de stage\n"
                + "E2026-003;OBS-2026-001;OBSERVATION\nE2026-001;OBS-2026-001;OBSERVATION\n"
                + "E2026-002;OBS-2026-001;OBSERVATION\n", StandardCharsets.UTF_8);

        assertThat(plan("--locked", locked.toString(), "--exclusions", SAMPLES.resolve("exclusions.csv").toString()))
                .isEqualTo(2);

        assertThat(err.toString().lines().toList()).containsExactly("inet: no plan written: locked placement "
                + locked + ":2: the host of the offer \"OBS-2026-001\" is in the exclusions of the trainee of this row:"
                + " remove the row, or the exclusion (and 1 more locked placement(s) refused)");
        assertThat(err.toString()).doesNotContain("E2026-001", "E2026-002", "E2026-003");
    }

    @Test
    void validateTellsAnExclusionsFileAndALockedFileFromTheirNames() {
        int code = Inet.run(new PrintWriter(out), new PrintWriter(err), "validate", SAMPLES.resolve("offers.csv")
                .toString(), SAMPLES.resolve("eleves.csv").toString(), SAMPLES.resolve("exclusions.csv").toString(),
                SAMPLES.resolve("verrous.csv").toString(), "--strict", "--lang", "en");

        assertThat(code).as(out + "" + err).isZero();
        assertThat(out.toString()).contains("exclusions.csv (exclusions, csv, utf-8): 3 rows = 3 accepted + 0 rejected",
                "verrous.csv (placements, csv, utf-8): 1 rows = 1 accepted + 0 rejected");
    }

    @Test
    void validateReportsAnExclusionOfAnUnknownTraineeAndAHostNamedByNothing() throws Exception {
        Path exclusions = Files.writeString(folder.resolve("exclusions.csv"), "Élève;Structure d'accueil;Département;"
                + "SIRET\nE2026-999;Ville de Metz;57;\nE2026-001;;;\n", StandardCharsets.UTF_8);

        int code = Inet.run(new PrintWriter(out), new PrintWriter(err), "validate", SAMPLES.resolve("eleves.csv")
                .toString(), exclusions.toString(), "--lang", "en");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("exclusions.csv:2", "TRAINEE_UNKNOWN", "exclusions.csv:3",
                "HOST_IDENTITY_MISSING");
    }
}
