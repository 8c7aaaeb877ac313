package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dated schedule, deadlines and audit from the shaded jar. */
class ScheduleJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code inet schedule --cohort 2026 --format json}, run once for the table's 13 rows. */
    private static JsonNode schedule2026;

    @TempDir
    Path folder;

    /** The table of issue 3, from {@code inet schedule --cohort 2026 --format json}. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "none", value = {
        "ADMINISTRATEUR, OBSERVATION, 4, 2026-03-30, 2026-04-24, 2025-11-24",
        "ADMINISTRATEUR, THEMATIQUE, 7, 2026-05-26, 2026-07-10, 2026-02-16",
        "ADMINISTRATEUR, PROJET_COLLECTIF, 9, 2026-10-12, 2026-12-18, 2026-06-19",
        "ADMINISTRATEUR, OUVERTURE, 4, 2027-02-01, 2027-02-26, none",
        "ADMINISTRATEUR, PROFESSIONNALISATION, 13, 2027-05-03, 2027-07-30, none",
        "CONSERVATEUR_BIBLIOTHEQUES, OBSERVATION, 3, 2026-03-30, 2026-04-17, 2025-11-24",
        "CONSERVATEUR_BIBLIOTHEQUES, THEMATIQUE, 7, 2026-05-26, 2026-07-10, 2026-01-30",
        "CONSERVATEUR_BIBLIOTHEQUES, PROJET_COLLECTIF, 9, 2026-10-12, 2026-12-18, 2026-06-19",
        "CONSERVATEUR_BIBLIOTHEQUES, OUVERTURE, 3, 2027-02-01, 2027-02-19, none",
        "CONSERVATEUR_BIBLIOTHEQUES, PROFESSIONNALISATION, 11, 2027-05-18, 2027-07-30, none",
        "INGENIEUR_EN_CHEF, OBSERVATION, 3, 2026-06-01, 2026-06-19, 2026-01-30",
        "INGENIEUR_EN_CHEF, PROJET_COLLECTIF, 9, 2026-10-12, 2026-12-18, 2026-06-19",
        "INGENIEUR_EN_CHEF, PERFECTIONNEMENT, 7, 2027-02-01, 2027-03-19, none"
    })
    void reproducesTheBrochuresCalendarAsJson(String corps, String type, int weeks, String start, String end,
            String deadline) throws Exception {
        JsonNode root = schedule2026();
        assertThat(root.get("cohort").asInt()).isEqualTo(2026);
        JsonNode stage = stage(root, corps, type);
        assertThat(stage.get("weeks").asInt()).isEqualTo(weeks);
        assertThat(stage.get("start").asText()).isEqualTo(start);
        assertThat(stage.get("end").asText()).isEqualTo(end);
        if (deadline == null) {
            assertThat(stage.get("offerDeadline").isNull()).isTrue();
        } else {
            assertThat(stage.get("offerDeadline").asText()).isEqualTo(deadline);
        }
    }

    @Test
    void givesSchoolingPeriodsVariantsAndTheInpNote() throws Exception {
        JsonNode root = schedule2026();
        JsonNode admin = corps(root, "ADMINISTRATEUR");
        assertThat(admin.get("schooling").get("start").asText()).isEqualTo("2026-02-01");
        assertThat(admin.get("schooling").get("end").asText()).isEqualTo("2027-07-31");
        assertThat(corps(root, "INGENIEUR_EN_CHEF").get("schooling").get("end").asText()).isEqualTo("2027-03-31");
        JsonNode variant = stage(root, "CONSERVATEUR_BIBLIOTHEQUES", "OBSERVATION").get("variants").get(0);
        assertThat(variant.get("workweek").asText()).isEqualTo("TUESDAY_TO_SATURDAY");
        assertThat(variant.get("start").asText()).isEqualTo("2026-03-31");
        assertThat(variant.get("end").asText()).isEqualTo("2026-04-18");
        JsonNode patrimoine = corps(root, "CONSERVATEUR_PATRIMOINE");
        assertThat(patrimoine.get("managedBy").asText()).isEqualTo("INP");
        assertThat(patrimoine.get("stages")).isEmpty();
    }

    @Test
    void writesDatesInWords() throws Exception {
        InetJar.Result fr = InetJar.run("schedule", "--cohort", "2026");
        assertThat(fr.exitCode()).isZero();
        assertThat(fr.out()).contains("calendrier officiel", "du 30 mars au 24 avril 2026", "du 30 ou 31 mars au 17 ou 18 avril 2026",
                "du 1er au 19 juin 2026", "Dépôt des offres jusqu'au 24 novembre 2025");
        InetJar.Result en = InetJar.run("schedule", "--cohort", "2026", "--lang", "en", "--corps", "ingenieur-en-chef");
        assertThat(en.out()).contains("1 to 19 June 2026", "1 February to 19 March 2027").doesNotContain("ADMINISTRATEUR");
    }

    @Test
    void projectsALaterCohortAndSaysSo() throws Exception {
        InetJar.Result result = InetJar.run("schedule", "--cohort", "2027", "--format", "json");
        JsonNode root = JSON.readTree(result.out());
        JsonNode observation = stage(root, "ADMINISTRATEUR", "OBSERVATION");
        assertThat(observation.get("source").asText()).isEqualTo("PROJECTED");
        assertThat(observation.get("start").asText()).isEqualTo("2027-03-30");
        assertThat(InetJar.run("schedule", "--cohort", "2027").out()).contains("dates prévisionnelles");
    }

    @Test
    void readsBackItsOwnJsonAsAnOfficialCalendar() throws Exception {
        Path file = folder.resolve("calendar-2027.json");
        assertThat(InetJar.run("schedule", "--cohort", "2027", "--format", "json", "-o", file.toString()).exitCode()).isZero();
        String json = Files.readString(file, StandardCharsets.UTF_8).replace("\"PROJECTED\"", "\"OFFICIAL\"");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        InetJar.Result result = InetJar.run("schedule", "--calendar", file.toString(), "--format", "json");
        assertThat(result.exitCode()).isZero();
        assertThat(stage(JSON.readTree(result.out()), "ADMINISTRATEUR", "OBSERVATION").get("source").asText()).isEqualTo("OFFICIAL");
        assertThat(result.err()).contains("CALENDAR_WEEKS_DIFFER").contains("warning");
    }

    @Test
    void reportsEveryProblemOfACalendarFileWithItsJsonPathAndExitCode2() throws Exception {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\"cohort\": 2027, \"schedules\": [{\"corps\": \"ADMINISTRATEUR\", \"stages\": ["
                + "{\"type\": \"OBSERVATION\", \"start\": \"2027-02-31\", \"end\": \"2027-04-30\"},"
                + "{\"type\": \"THEMATIQUE\", \"start\": \"2027-05-15\", \"end\": \"2027-07-09\"}]}]}", StandardCharsets.UTF_8);
        InetJar.Result result = InetJar.run("schedule", "--calendar", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("$.schedules[0].stages[0].start", "BAD_DATE", "$.schedules[0].stages[1].start",
                "NOT_A_WORKING_DAY").doesNotContain("Exception");
    }

    @Test
    void writesCsvWithOneRowPerPeriod() throws Exception {
        String csv = InetJar.run("schedule", "--cohort", "2026", "--format", "csv").out();
        assertThat(csv).startsWith("cohort,corps,item,rank,weeks,workweek,start,end,offerDeadline,source\r\n")
                .contains("2026,ADMINISTRATEUR,OBSERVATION,1,4,MONDAY_TO_FRIDAY,2026-03-30,2026-04-24,2025-11-24,OFFICIAL\r\n")
                .contains("2026,CONSERVATEUR_BIBLIOTHEQUES,OBSERVATION,1,3,TUESDAY_TO_SATURDAY,2026-03-31,2026-04-18,2025-11-24,OFFICIAL");
    }

    @Test
    void writesAnICalendarFileAtomically() throws Exception {
        Path file = folder.resolve("inet-2026.ics");
        InetJar.Result result = InetJar.run("schedule", "--cohort", "2026", "--format", "ics", "-o", file.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        String ics = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20260330\r\n",
                "DTEND;VALUE=DATE:20260425\r\n", "UID:2026-ADMINISTRATEUR-OBSERVATION-MONDAY_TO_FRIDAY@stages.inet.cnfpt.fr");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(23);
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void listsDeadlinesAsOfADay() throws Exception {
        InetJar.Result result = InetJar.run("deadlines", "--cohort", "2026", "--as-of", "2026-01-15", "--format", "json");
        assertThat(result.exitCode()).isZero();
        JsonNode deadlines = JSON.readTree(result.out()).get("deadlines");
        assertThat(deadlines).hasSize(8);
        assertThat(deadlines.get(0).get("status").asText()).isEqualTo("PASSED");
        // "Dépôt des offres : date non communiquée" for the later internships: listed, not dropped.
        JsonNode notGiven = JSON.readTree(result.out()).get("notGiven");
        assertThat(notGiven).extracting(n -> n.get("corps").asText() + ":" + n.get("type").asText()).containsExactly(
                "ADMINISTRATEUR:OUVERTURE", "ADMINISTRATEUR:PROFESSIONNALISATION", "CONSERVATEUR_BIBLIOTHEQUES:OUVERTURE",
                "CONSERVATEUR_BIBLIOTHEQUES:PROFESSIONNALISATION", "INGENIEUR_EN_CHEF:PERFECTIONNEMENT");
        String text = InetJar.run("deadlines", "--cohort", "2026", "--as-of", "2026-01-15").out();
        assertThat(text).contains("2026-01-30  bientôt (15 j)", "2026-02-16  ouverte", "Date limite non communiquée :")
                .containsPattern("INGENIEUR_EN_CHEF +Stage de perfectionnement +stage du 1er février 2027");
        assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
    }

    @Test
    void auditsTheEditionAndExitsWith1OnFindings() throws Exception {
        InetJar.Result result = InetJar.run("audit", "--cohort", "2026");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("CALENDAR_WEEKS_DIFFER", "PROFESSIONNALISATION_WEEKS_CONSERVATEURS",
                "CONTACT_EMAIL_MISPRINT");
    }

    private static synchronized JsonNode schedule2026() throws Exception {
        if (schedule2026 == null) {
            InetJar.Result result = InetJar.run("schedule", "--cohort", "2026", "--format", "json");
            assertThat(result.exitCode()).isZero();
            assertThat(result.err()).isEmpty();
            schedule2026 = JSON.readTree(result.out());
        }
        return schedule2026;
    }

    private static JsonNode corps(JsonNode root, String code) {
        for (JsonNode schedule : root.get("schedules")) {
            if (schedule.get("corps").asText().equals(code)) {
                return schedule;
            }
        }
        throw new AssertionError("no schedule for " + code);
    }

    private static JsonNode stage(JsonNode root, String corps, String type) {
        for (JsonNode stage : corps(root, corps).get("stages")) {
            if (stage.get("type").asText().equals(type)) {
                return stage;
            }
        }
        throw new AssertionError("no " + type + " for " + corps);
    }
}
