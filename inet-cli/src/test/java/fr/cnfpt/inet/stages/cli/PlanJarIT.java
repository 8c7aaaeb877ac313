package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inet plan} from the shaded jar, on the sample files of docs/samples: the observation campaign of
 * cohort 2026 (twelve trainees, three observation offers of one place each, one for each corps, and the
 * wishes of {@code voeux.csv}).
 */
class PlanJarIT {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @TempDir
    Path folder;

    private static InetJar.Result plan(Path offers, Path trainees, Path wishes, Path output, String... more)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("plan", "--offers", offers.toString(), "--trainees",
                trainees.toString(), "--wishes", wishes.toString(), "--type", "OBSERVATION", "-o", output.toString()));
        args.addAll(List.of(more));
        return InetJar.run(args.toArray(String[]::new));
    }

    private InetJar.Result planSamples(Path output, String... more) throws Exception {
        return plan(SAMPLES.resolve("offers.jsonl"), SAMPLES.resolve("eleves.csv"), SAMPLES.resolve("voeux.csv"), output,
                more);
    }

    @Test
    void plansTheSampleCampaignAndItsFiguresAddUp() throws Exception {
        InetJar.Result result = planSamples(folder.resolve("plan"));

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("3 of 12 trainee(s) placed, 3 within their wishes, 9 unplaced");
        JsonNode plan = new ObjectMapper().readTree(folder.resolve("plan").resolve("plan.json").toFile());
        assertThat(plan.get("cohort").asInt()).isEqualTo(2026);
        assertThat(plan.get("type").asText()).isEqualTo("OBSERVATION");
        assertThat(plan.get("trainees").asInt()).isEqualTo(12);
        assertThat(plan.get("placed").asInt()).isEqualTo(3);
        assertThat(plan.get("withinWishes").asInt()).isEqualTo(3);
        assertThat(plan.get("outsideWishes").asInt()).isZero();
        assertThat(plan.get("unplaced").asInt()).isEqualTo(9);
        assertThat(plan.get("rankCounts").toString()).isEqualTo("{\"1\":3}");
        assertThat(plan.get("objective").get("rankCost").asLong()).isEqualTo(3);
        assertThat(plan.get("weights").get("outsideWishesCost").asLong()).isEqualTo(12 * 1 + 1);
        assertThat(plan.get("inputs").get("wishes").asInt()).isEqualTo(9);
        assertThat(plan.get("unplacedTrainees")).hasSize(9);
        plan.get("unplacedTrainees").forEach(u -> assertThat(u.get("reason").asText()).isEqualTo("NO_FREE_PLACE"));
        List<String> placements = Files.readAllLines(folder.resolve("plan").resolve("placements.csv"),
                StandardCharsets.UTF_8);
        assertThat(placements).hasSize(4);
        assertThat(placements.get(0)).isEqualTo("\uFEFFÉlève;Offre;Type de stage");
        assertThat(placements.subList(1, 4)).allSatisfy(row -> assertThat(row).endsWith(";OBSERVATION"))
                .extracting(row -> row.split(";")[1]).containsExactly("OBS-2026-001", "OBS-2026-002", "OBS-2026-003");
    }

    @Test
    void validateAcceptsThePlansPlacementsWithTheOffersAndTrainees() throws Exception {
        assertThat(planSamples(folder.resolve("plan")).exitCode()).isZero();

        InetJar.Result validate = InetJar.run("validate", SAMPLES.resolve("offers.csv").toString(),
                SAMPLES.resolve("eleves.csv").toString(), folder.resolve("plan").resolve("placements.csv").toString(),
                "--strict", "--lang", "en");

        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).contains("3 rows = 3 accepted + 0 rejected; 0 error(s), 0 warning(s)");
    }

    @Test
    void shuffledInputRowsGiveByteIdenticalOutputs() throws Exception {
        Random random = new Random(17);
        Path offers = shuffled(SAMPLES.resolve("offers.jsonl"), folder.resolve("offers.jsonl"), false, random);
        Path trainees = shuffled(SAMPLES.resolve("eleves.csv"), folder.resolve("eleves.csv"), true, random);
        Path wishes = shuffled(SAMPLES.resolve("voeux.csv"), folder.resolve("voeux.csv"), true, random);

        assertThat(planSamples(folder.resolve("first")).exitCode()).isZero();
        assertThat(planSamples(folder.resolve("again")).exitCode()).isZero();
        InetJar.Result result = plan(offers, trainees, wishes, folder.resolve("shuffled"));

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        for (String file : List.of("placements.csv", "plan.json")) {
            byte[] first = Files.readAllBytes(folder.resolve("first").resolve(file));
            assertThat(folder.resolve("again").resolve(file)).hasBinaryContent(first);
            assertThat(folder.resolve("shuffled").resolve(file)).as(file).hasBinaryContent(first);
        }
    }

    @Test
    void neverGivesAHostOfAnEarlierPlacementAgain() throws Exception {
        // docs/samples/placements.csv: E2026-001, E2026-006 and E2026-010 already had the hosts of the three offers
        InetJar.Result result = planSamples(folder.resolve("plan"), "--placements",
                SAMPLES.resolve("placements.csv").toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(folder.resolve("plan").resolve("plan.json").toFile());
        assertThat(plan.get("inputs").get("historyHosts").asInt()).isEqualTo(11);
        List<String> excluded = new ArrayList<>();
        plan.get("unplacedTrainees").forEach(u -> {
            if (u.get("reason").asText().equals("ALL_ELIGIBLE_OFFERS_EXCLUDED")) {
                excluded.add(u.get("trainee").asText());
            }
        });
        assertThat(excluded).containsExactly("E2026-001", "E2026-006", "E2026-010");
        assertThat(Files.readString(folder.resolve("plan").resolve("placements.csv"), StandardCharsets.UTF_8))
                .doesNotContain("E2026-001;", "E2026-006;", "E2026-010;");
    }

    @Test
    void explainsOneTraineesOutcomeInFrenchOrEnglish() throws Exception {
        InetJar.Result french = planSamples(folder.resolve("fr"), "--explain", "E2026-002");
        InetJar.Result english = planSamples(folder.resolve("en"), "--explain", "E2026-002", "--lang", "en");

        assertThat(french.exitCode()).as(french.err()).isZero();
        assertThat(french.out()).contains("Élève E2026-002", "Vœux : 1. OBS-2026-001.", "non placé");
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).contains("Wish 1 (OBS-2026-001) not given");
    }

    @Test
    void refusesToExplainATraineeOutsideThePlanWithoutNamingThem() throws Exception {
        InetJar.Result result = planSamples(folder.resolve("plan"), "--explain", "X-404-SECRET");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString().startsWith("inet: --explain names no eligible"
                + " trainee").doesNotContain("X-404-SECRET");
    }

    @Test
    void plansACollectiveProjectAsOneFullTeamWithEveryCorpsThatValidateAccepts() throws Exception {
        Path output = folder.resolve("plan");
        InetJar.Result result = InetJar.run("plan", "--offers", SAMPLES.resolve("offers.csv").toString(), "--trainees",
                SAMPLES.resolve("eleves.csv").toString(), "--wishes", SAMPLES.resolve("voeux.csv").toString(), "--type",
                "PROJET_COLLECTIF", "-o", output.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode plan = new ObjectMapper().readTree(output.resolve("plan.json").toFile());
        assertThat(plan.get("placed").asInt()).isEqualTo(4);
        assertThat(plan.get("teams").toString()).isEqualTo("{\"count\":1,\"allCorps\":1,\"bound\":1}");
        assertThat(plan.get("objective").get("order").toString())
                .isEqualTo("[\"placed\",\"allCorpsTeams\",\"withinWishes\",\"rankCost\",\"tieWeights\"]");
        assertThat(plan.get("objective").get("tieWeights").asLong()).as("criterion 5 of the plan's placements")
                .isEqualTo(tieWeights(output.resolve("placements.csv"), SAMPLES.resolve("voeux.csv")));
        plan.get("unplacedTrainees").forEach(u -> assertThat(u.get("reason").asText()).isEqualTo("NO_FREE_PLACE"));
        InetJar.Result validate = InetJar.run("validate", "--strict", SAMPLES.resolve("offers.csv").toString(),
                SAMPLES.resolve("eleves.csv").toString(), output.resolve("placements.csv").toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).doesNotContain("COLLECTIVE_PROJECT_TEAM");
    }

    /** The sample collective project (PC-2026-005), alone in its file, with two places: two teams. */
    private Path twoTeamOffer() throws Exception {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("offers.csv"), StandardCharsets.UTF_8);
        String project = lines.stream().filter(line -> line.startsWith("PC-2026-005,")).findFirst().orElseThrow();
        return Files.writeString(folder.resolve("offres-pc.csv"), lines.get(0) + ",places\n" + project + ",2\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void plansTwoNumberedTeamsOnAnOfferOfTwoPlacesThatValidateAccepts() throws Exception {
        Path offers = twoTeamOffer();
        Path wishes = Files.writeString(folder.resolve("voeux-pc.csv"), "Élève;Offre;Rang\nE2026-001;PC-2026-005;1\n",
                StandardCharsets.UTF_8);
        Path output = folder.resolve("plan");
        InetJar.Result result = InetJar.run("plan", "--offers", offers.toString(), "--trainees",
                SAMPLES.resolve("eleves.csv").toString(), "--wishes", wishes.toString(), "--type",
                "PROJET_COLLECTIF", "-o", output.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(output.resolve("plan.json").toFile());
        assertThat(plan.get("teams").toString()).isEqualTo("{\"count\":2,\"allCorps\":2,\"bound\":2}");
        List<String> rows = Files.readAllLines(output.resolve("placements.csv"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("\uFEFFÉlève;Offre;Type de stage;Équipe");
        assertThat(rows.subList(1, rows.size())).hasSize(8)
                .allMatch(row -> row.matches("E2026-0\\d\\d;PC-2026-005;PROJET_COLLECTIF;[12]"));
        assertThat(rows).filteredOn(row -> row.endsWith(";1")).hasSize(4);
        InetJar.Result validate = InetJar.run("validate", "--strict", offers.toString(),
                SAMPLES.resolve("eleves.csv").toString(), output.resolve("placements.csv").toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).doesNotContain("COLLECTIVE_PROJECT_TEAM", "PLACEMENT_TEAM");
        InetJar.Result stats = InetJar.run("stats", "--offers", offers.toString(), "--trainees",
                SAMPLES.resolve("eleves.csv").toString(), "--placements", output.resolve("placements.csv").toString(),
                "--report", "placements", "--format", "json", "--min-count", "1", "-o",
                folder.resolve("stats.json").toString());
        assertThat(stats.exitCode()).as(stats.out() + stats.err()).isZero();
        assertThat(folder.resolve("stats.json")).isNotEmptyFile();
    }

    @Test
    void validateChecksEachNumberedTeamOfAnOfferOfTwoPlacesAndUnnumberedRowsAsOneTeam() throws Exception {
        Path offers = twoTeamOffer();
        String header = "Élève;Offre;Type de stage;Équipe\n";
        String[] trainees = {"E2026-001", "E2026-006", "E2026-010", "E2026-002", "E2026-003", "E2026-007",
            "E2026-011", "E2026-004"};
        StringBuilder numbered = new StringBuilder(header);
        StringBuilder unnumbered = new StringBuilder(header);
        StringBuilder teamOfThree = new StringBuilder(header);
        for (int i = 0; i < trainees.length; i++) {
            String row = trainees[i] + ";PC-2026-005;PROJET_COLLECTIF;";
            numbered.append(row).append(i < 4 ? 1 : 2).append('\n');
            unnumbered.append(row).append('\n');
            teamOfThree.append(row).append(i < 5 ? 1 : 2).append('\n');
        }

        InetJar.Result good = validate(offers, "affectations-equipes.csv", numbered.toString());
        InetJar.Result asBefore = validate(offers, "affectations-sans-numero.csv", unnumbered.toString());
        InetJar.Result three = validate(offers, "affectations-equipe-de-trois.csv", teamOfThree.toString());

        assertThat(good.exitCode()).as(good.out() + good.err()).isZero();
        assertThat(good.out()).doesNotContain("COLLECTIVE_PROJECT_TEAM");
        assertThat(asBefore.exitCode()).isEqualTo(1);
        assertThat(asBefore.out()).contains("COLLECTIVE_PROJECT_TEAM_SIZE")
                .contains("The team of collective project PC-2026-005 has 8 trainees instead of 4.");
        assertThat(three.exitCode()).isEqualTo(1);
        assertThat(three.out()).contains("Team 1 of collective project PC-2026-005 has 5 trainees instead of 4.")
                .contains("Team 2 of collective project PC-2026-005 has 3 trainees instead of 4.");
    }

    private InetJar.Result validate(Path offers, String name, String placements) throws Exception {
        Path file = Files.writeString(folder.resolve(name), placements, StandardCharsets.UTF_8);
        return InetJar.run("validate", "--strict", "--lang", "en", offers.toString(),
                SAMPLES.resolve("eleves.csv").toString(), file.toString());
    }

    @Test
    void refusesWishesWithErrorsWithoutNamingTheTraineeInTheErrorLine() throws Exception {
        Path wishes = Files.writeString(folder.resolve("voeux.csv"), "Élève;Offre;Rang\nE2026-099;OBS-2026-001;1\n",
                StandardCharsets.UTF_8);
        InetJar.Result result = plan(SAMPLES.resolve("offers.csv"), SAMPLES.resolve("eleves.csv"), wishes,
                folder.resolve("plan"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("TRAINEE_UNKNOWN");
        assertThat(result.err().lines()).singleElement().asString().startsWith("inet: no plan written: 1 error(s)")
                .doesNotContain("E2026-099");
        assertThat(folder.resolve("plan")).doesNotExist();
    }

    /**
     * Criterion 5 of a plan, computed here from docs/planning.md's rule: for each placement on a wished offer,
     * the first two bytes of SHA-256("trainee→offer"), big-endian, modulo 1,024.
     */
    private static long tieWeights(Path placements, Path wishes) throws Exception {
        java.util.Set<String> wished = new java.util.HashSet<>();
        Files.readAllLines(wishes, StandardCharsets.UTF_8).stream().skip(1)
                .forEach(row -> wished.add(row.split(";")[0] + "→" + row.split(";")[1]));
        long sum = 0;
        for (String row : Files.readAllLines(placements, StandardCharsets.UTF_8).stream().skip(1).toList()) {
            String pair = row.split(";")[0] + "→" + row.split(";")[1];
            if (wished.contains(pair)) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(pair.getBytes(StandardCharsets.UTF_8));
                sum += (((digest[0] & 0xFF) << 8) | (digest[1] & 0xFF)) % 1024;
            }
        }
        return sum;
    }

    /** @return the trainee placed on an offer by a plan's placements.csv, if any */
    private static String placedOn(Path plan, String offer) throws Exception {
        return Files.readAllLines(plan.resolve("placements.csv"), StandardCharsets.UTF_8).stream()
                .filter(row -> row.contains(";" + offer + ";")).map(row -> row.split(";")[0]).findFirst().orElse(null);
    }

    @Test
    void anExclusionMovesATraineeOffTheHostTheyExclude() throws Exception {
        assertThat(planSamples(folder.resolve("before")).exitCode()).isZero();
        String strasbourg = placedOn(folder.resolve("before"), "OBS-2026-001");
        // the host of OBS-2026-001 (Ville de Strasbourg, 67), written otherwise: compared without case or accents
        Path exclusions = Files.writeString(folder.resolve("exclusions.csv"), "Élève;Structure d'accueil;Département\n"
                + strasbourg + ";VILLE DE STRASBOURG;67\n", StandardCharsets.UTF_8);

        InetJar.Result result = planSamples(folder.resolve("plan"), "--exclusions", exclusions.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(placedOn(folder.resolve("plan"), "OBS-2026-001")).isNotNull().isNotEqualTo(strasbourg);
        JsonNode plan = new ObjectMapper().readTree(folder.resolve("plan").resolve("plan.json").toFile());
        assertThat(plan.get("placed").asInt()).isEqualTo(3);
        assertThat(plan.get("inputs").get("exclusionHosts").asInt()).isEqualTo(1);
        List<String> excluded = new ArrayList<>();
        plan.get("unplacedTrainees").forEach(u -> {
            if (u.get("reason").asText().equals("ALL_ELIGIBLE_OFFERS_EXCLUDED")) {
                excluded.add(u.get("trainee").asText());
            }
        });
        assertThat(excluded).containsExactly(strasbourg);
    }

    @Test
    void aLockedPlacementIsKeptAndTheOthersArePlannedAroundIt() throws Exception {
        // E2026-005 gives no wish: locked on OBS-2026-001, the place is theirs and the two others are planned
        Path locked = Files.writeString(folder.resolve("verrous.csv"), "Élève;Offre;Type de stage\n"
                + "E2026-005;OBS-2026-001;OBSERVATION\n", StandardCharsets.UTF_8);

        InetJar.Result result = planSamples(folder.resolve("plan"), "--locked", locked.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(placedOn(folder.resolve("plan"), "OBS-2026-001")).isEqualTo("E2026-005");
        assertThat(placedOn(folder.resolve("plan"), "OBS-2026-002")).isIn("E2026-006", "E2026-007", "E2026-008");
        assertThat(placedOn(folder.resolve("plan"), "OBS-2026-003")).isIn("E2026-010", "E2026-011");
        JsonNode plan = new ObjectMapper().readTree(folder.resolve("plan").resolve("plan.json").toFile());
        assertThat(plan.get("inputs").get("pins").asInt()).isEqualTo(1);
        assertThat(plan.get("placed").asInt()).isEqualTo(3);
        assertThat(plan.get("withinWishes").asInt()).isEqualTo(2);
    }

    @Test
    void theSampleExclusionsAndLockedPlacementsPlanTogether() throws Exception {
        InetJar.Result result = planSamples(folder.resolve("plan"), "--exclusions",
                SAMPLES.resolve("exclusions.csv").toString(), "--locked", SAMPLES.resolve("verrous.csv").toString(),
                "--lang", "en");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("3 of 12 trainee(s) placed, 3 within their wishes",
                "exclusions.csv (exclusions, csv, utf-8): 3 rows = 3 accepted + 0 rejected");
        assertThat(placedOn(folder.resolve("plan"), "OBS-2026-001")).isEqualTo("E2026-004");
    }

    @Test
    void aLockedRowOfAnotherTypeIsOneLineNamingItsFileAndLineAndExitsTwo() throws Exception {
        Path locked = Files.writeString(folder.resolve("verrous.csv"), "Élève;Offre;Type de stage\n"
                + "E2026-005;OBS-2026-001;OBSERVATION\nE2026-002;THE-2026-004;THEMATIQUE\n", StandardCharsets.UTF_8);

        InetJar.Result result = planSamples(folder.resolve("plan"), "--locked", locked.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement().asString()
                .isEqualTo("inet: no plan written: locked placement " + locked + ":3: this locked placement is a"
                        + " THEMATIQUE internship, the plan is of the OBSERVATION internship: remove the row, or plan"
                        + " that type")
                .doesNotContain("E2026-002", "Exception");
        assertThat(folder.resolve("plan")).doesNotExist();
    }

    /** Copies a file with its data rows in a random order (the header, if any, kept first); checks the order changed. */
    private static Path shuffled(Path from, Path to, boolean header, Random random) throws Exception {
        List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>(lines.subList(header ? 1 : 0, lines.size()));
        List<String> original = List.copyOf(rows);
        do {
            Collections.shuffle(rows, random);
        } while (rows.equals(original));
        List<String> out = new ArrayList<>(header ? List.of(lines.get(0)) : List.of());
        out.addAll(rows);
        return Files.write(to, out, StandardCharsets.UTF_8);
    }

    @Test
    void writesThePlanReportBesideThePlanWithTheSmallCountsWithheld() throws Exception {
        Path plan = folder.resolve("plan");
        InetJar.Result result = planSamples(plan, "--report", "pdf,xlsx,json", "--lang", "en");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("(placements.csv, plan.json, plan-report.pdf, plan-report.xlsx,"
                + " plan-report.json)");
        try (var files = Files.list(plan)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("placements.csv",
                    "plan.json", "plan-report.pdf", "plan-report.xlsx", "plan-report.json");
        }
        // the samples: 5 administrateurs, 4 conservateurs de bibliothèques, 3 ingénieurs en chef; 3 placed
        JsonNode report = new ObjectMapper().readTree(plan.resolve("plan-report.json").toFile());
        assertThat(report.get("report").asText()).isEqualTo("plan");
        assertThat(report.get("title").asText()).isEqualTo("Placement plan – Observation internship");
        JsonNode outcomes = report.get("tables").get(0);
        assertThat(outcomes.get("id").asText()).isEqualTo("plan-outcomes-by-corps");
        assertThat(outcomes.get("rows").toString()).isEqualTo("[[\"ADMINISTRATEUR\",5,null,0,null],"
                + "[\"CONSERVATEUR_BIBLIOTHEQUES\",null,null,0,null],[\"INGENIEUR_EN_CHEF\",null,null,0,null],"
                + "[\"TOTAL\",12,null,0,9]]");
        assertThat(report.toString()).doesNotContain("E2026-");
        PdfReader reader = new PdfReader(plan.resolve("plan-report.pdf").toString());
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Placement plan – Observation internship", "Cohort 2026-2027",
                    "Trainees placed, by corps", "< 5", "Offers and places", "The plan takes every place of every offer.")
                    .doesNotContain("E2026-", "Offers left free");
        } finally {
            reader.close();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(plan.resolve("plan-report.xlsx")))) {
            Sheet sheet = workbook.getSheet("plan-outcomes-by-corps");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(5.0);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("< 5");
        }
    }

    @Test
    void thePlanReportAgreesWithPlanJsonWhenNothingIsWithheld() throws Exception {
        Path plan = folder.resolve("plan");
        InetJar.Result result = planSamples(plan, "--report", "json", "--min-count", "1");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        JsonNode figures = new ObjectMapper().readTree(plan.resolve("plan.json").toFile());
        JsonNode report = new ObjectMapper().readTree(plan.resolve("plan-report.json").toFile());
        JsonNode total = report.get("tables").get(0).get("rows").get(3);
        assertThat(total.get(0).asText()).isEqualTo("TOTAL");
        assertThat(List.of(total.get(1).asInt(), total.get(2).asInt(), total.get(3).asInt(), total.get(4).asInt()))
                .containsExactly(figures.get("trainees").asInt(), figures.get("withinWishes").asInt(),
                        figures.get("outsideWishes").asInt(), figures.get("unplaced").asInt());
        JsonNode firstRank = report.get("tables").get(2).get("rows").get(0);
        assertThat(firstRank.get(0).asText()).isEqualTo("1");
        assertThat(firstRank.get(1).asInt()).isEqualTo(figures.get("rankCounts").get("1").asInt());
        JsonNode offers = report.get("tables").get(3).get("rows").get(0);
        assertThat(offers.toString()).isEqualTo("[3,3,0,0]");
        assertThat(report.get("tables").get(4).get("rows")).isEmpty();
    }

    @Test
    void aRunWithoutReportReplacesTheFolderReportIncluded() throws Exception {
        Path plan = folder.resolve("plan");
        assertThat(planSamples(plan, "--report", "all").exitCode()).isZero();
        assertThat(plan.resolve("plan-report.html")).exists();

        InetJar.Result again = planSamples(plan);

        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        try (var files = Files.list(plan)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("placements.csv",
                    "plan.json");
        }
    }

    @Test
    void refusesAFormatThePlanReportIsNotWrittenIn() throws Exception {
        InetJar.Result result = planSamples(folder.resolve("plan"), "--report", "pdf,docx");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'docx' is not a format of the plan report; accepted: pdf, xlsx, json, html,"
                + " all");
        assertThat(folder.resolve("plan")).doesNotExist();
    }
}
