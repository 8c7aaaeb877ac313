package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shaded jar, run as a process: the catalogue commands print the brochure's corps and internships. */
class InetJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsHelpAndVersion() throws Exception {
        InetJar.Result help = InetJar.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: inet", "corps", "stages", "rules");
        InetJar.Result version = InetJar.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).containsPattern("inet \\d+\\.\\d+\\.\\d+").contains("2026-2027");
    }

    /** The brochure's "Durée et période" for the three corps INET places, in schooling order. */
    @Test
    void listsTheThreeInetCorpsWithTheirInternshipsAndDurationsAsInTheBrochure() throws Exception {
        InetJar.Result result = InetJar.run("stages", "--format", "json");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode root = JSON.readTree(result.out());
        assertThat(root.get("edition").asText()).isEqualTo("2026-2027");
        assertThat(stages(root, "ADMINISTRATEUR")).containsExactly("OBSERVATION:4", "THEMATIQUE:7", "PROJET_COLLECTIF:9",
                "OUVERTURE:4", "PROFESSIONNALISATION:13");
        assertThat(stages(root, "CONSERVATEUR_BIBLIOTHEQUES")).containsExactly("OBSERVATION:3", "THEMATIQUE:7",
                "PROJET_COLLECTIF:9", "OUVERTURE:3", "PROFESSIONNALISATION:11");
        assertThat(stages(root, "INGENIEUR_EN_CHEF")).containsExactly("OBSERVATION:3", "PROJET_COLLECTIF:9",
                "PERFECTIONNEMENT:7");
        JsonNode patrimoine = corps(root, "CONSERVATEUR_PATRIMOINE");
        assertThat(patrimoine.get("managedBy").asText()).isEqualTo("INP");
        assertThat(patrimoine.get("stages")).isEmpty();
        assertThat(corps(root, "ADMINISTRATEUR").get("schoolingMonths").asInt()).isEqualTo(18);
        assertThat(corps(root, "INGENIEUR_EN_CHEF").get("schoolingMonths").asInt()).isEqualTo(12);
        JsonNode observation = corps(root, "ADMINISTRATEUR").get("stages").get(0);
        assertThat(observation.get("label").asText()).isEqualTo("Stage d'observation");
        assertThat(observation.get("objectives")).isNotEmpty();
        assertThat(observation.get("arrangements").get(0).asText())
                .isEqualTo("L'élève est directement placé auprès du DGS et sous son autorité.");
    }

    @Test
    void printsTheEnglishCatalogueForOneCorps() throws Exception {
        InetJar.Result result = InetJar.run("stages", "--corps", "conservateur-bibliotheques", "--lang", "en");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Trainee library curators (CONSERVATEUR_BIBLIOTHEQUES)",
                "1. Observation internship (OBSERVATION), 3 weeks", "5. Professionalisation internship"
                        + " (PROFESSIONNALISATION), 11 weeks")
                .doesNotContain("INGENIEUR_EN_CHEF");
    }

    @Test
    void listsTheCorps() throws Exception {
        InetJar.Result result = InetJar.run("corps");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("ADMINISTRATEUR", "CONSERVATEUR_BIBLIOTHEQUES", "INGENIEUR_EN_CHEF",
                "CONSERVATEUR_PATRIMOINE", "18 mois de scolarité", "12 mois de scolarité", "stages placés par l'INP");
    }

    @Test
    void listsTheRulesWithTheirSources() throws Exception {
        InetJar.Result result = InetJar.run("rules", "--format", "json");
        assertThat(result.exitCode()).isZero();
        JsonNode rules = JSON.readTree(result.out()).get("rules");
        List<String> codes = new ArrayList<>();
        rules.forEach(r -> codes.add(r.get("code").asText()));
        assertThat(codes).contains("TYPE_NOT_OPEN_TO_CORPS", "CORPS_PLACED_BY_INP", "COLLECTIVE_PROJECT_POPULATION_TOO_SMALL",
                "COLLECTIVE_PROJECT_TEAM_SIZE", "PERFECTIONNEMENT_OUTSIDE_COLLECTIVITE");
    }

    @ParameterizedTest(name = "inet {0}")
    @CsvSource(delimiter = '|', value = {
        "stages --corps foo        | unknown corps 'foo'; accepted: ADMINISTRATEUR, CONSERVATEUR_BIBLIOTHEQUES",
        "stages --type stage-libre | unknown internship type 'stage-libre'; accepted: OBSERVATION, THEMATIQUE",
        "stages --bogus            | Unknown option: '--bogus'; accepted: --corps, --type",
        "stages --lang de          | unknown language 'de'; accepted: fr, en",
        "stages --format xml       | unknown format 'xml'; accepted: text, json",
        "nothing                   | Unmatched argument at index 0: 'nothing'; accepted:"
    })
    void rejectsUnknownValuesWithOneLineNamingTheAcceptedOnesAndExitCode2(String args, String message) throws Exception {
        InetJar.Result result = InetJar.run(args.trim().split("\\s+"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.err().strip().lines()).hasSize(1);
    }

    @Test
    void acceptsCodesInLowerCaseWithDashes() throws Exception {
        InetJar.Result result = InetJar.run("stages", "--corps", "ingenieur-en-chef", "--type", "projet-collectif",
                "--format", "json");
        assertThat(result.exitCode()).isZero();
        assertThat(stages(JSON.readTree(result.out()), "INGENIEUR_EN_CHEF")).containsExactly("PROJET_COLLECTIF:9");
    }

    private static JsonNode corps(JsonNode root, String code) {
        for (JsonNode corps : root.get("corps")) {
            if (corps.get("code").asText().equals(code)) {
                return corps;
            }
        }
        throw new AssertionError("no corps " + code);
    }

    private static List<String> stages(JsonNode root, String code) {
        List<String> stages = new ArrayList<>();
        corps(root, code).get("stages").forEach(s -> stages.add(s.get("type").asText() + ":" + s.get("weeks").asInt()));
        return stages;
    }
}
