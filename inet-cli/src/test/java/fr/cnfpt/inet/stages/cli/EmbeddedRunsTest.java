package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.run.ImportFile;
import fr.cnfpt.inet.stages.importer.run.ImportResult;
import fr.cnfpt.inet.stages.importer.run.ImportRun;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.planning.Plan;
import fr.cnfpt.inet.stages.planning.Planner;
import fr.cnfpt.inet.stages.planning.run.PlanningInputs;
import fr.cnfpt.inet.stages.planning.run.PlanningRecords;
import fr.cnfpt.inet.stages.planning.run.PlanningRun;
import fr.cnfpt.inet.stages.planning.run.PlanningSetup;
import fr.cnfpt.inet.stages.reporting.run.BrochureRun;
import fr.cnfpt.inet.stages.reporting.run.StatisticsResult;
import fr.cnfpt.inet.stages.reporting.run.StatisticsRun;
import fr.cnfpt.inet.stages.reporting.spi.ReportFamily;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runs an embedding application calls give what the command gives: the same statistics, the
 * same brochure, the same counts, the same plan.
 */
class EmbeddedRunsTest {

    private static final Edition EDITION = Editions.current();
    private static final Schedules SCHEDULES = Schedules.of(EDITION);
    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int inet(String... args) {
        return Inet.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void theStatisticsRunGivesTheSameJsonAsInetStatsForEveryStatisticsReport() throws Exception {
        StatisticsResult result = StatisticsRun.of(EDITION, SCHEDULES).collect(List.of(
                ImportFile.of(SAMPLES.resolve("offres.xlsx"), RecordKind.OFFERS),
                ImportFile.of(SAMPLES.resolve("eleves.csv"), RecordKind.TRAINEES),
                ImportFile.of(SAMPLES.resolve("placements.json"), RecordKind.PLACEMENTS)));
        CohortYear cohort = result.statistics().latestCohort().orElseThrow();

        for (ReportPlugin plugin : ReportRegistry.load().ofFamily(ReportFamily.STATISTICS)) {
            Path file = folder.resolve(plugin.id() + ".json");
            assertThat(inet("stats", "--offers", SAMPLES.resolve("offres.xlsx").toString(), "--trainees",
                    SAMPLES.resolve("eleves.csv").toString(), "--placements", SAMPLES.resolve("placements.json")
                            .toString(), "--report", plugin.id(), "--format", "json", "-o", file.toString()))
                    .as(err.toString()).isZero();
            ByteArrayOutputStream embedded = new ByteArrayOutputStream();
            plugin.render(ReportRequest.of(EDITION, SCHEDULES).withStatistics(result.statistics()).withCohort(cohort)
                    .withFormat(ReportFormat.JSON), embedded);

            assertThat(embedded.toByteArray()).as(plugin.id()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void theBrochureRunGivesTheSameBytesAsInetBrochure() throws Exception {
        Path file = folder.resolve("brochure.html");
        assertThat(inet("brochure", "--cohort", "2027", "--lang", "en", "--format", "html", "-o", file.toString()))
                .as(err.toString()).isZero();

        ByteArrayOutputStream embedded = new ByteArrayOutputStream();
        BrochureRun.of(EDITION, SCHEDULES).write(CohortYear.of(2027), Language.EN, ReportFormat.HTML, embedded);

        assertThat(embedded.toByteArray()).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void theImportRunCountsWhatInetValidateCounts() throws Exception {
        // One good offer, one submitted late (a warning), one outside the internship's period (an error).
        Path file = Files.writeString(folder.resolve("offres.csv"), "Référence;Structure d'accueil;Type de structure;"
                + "Population;Département;Type de stage;Cadre d'emplois;Promotion;Premier jour;Dernier jour;"
                + "Date de dépôt;Intitulé;Courriel;Participation financière\n"
                + "OBS-1;Ville de Metz;COMMUNE;120000;57;OBSERVATION;AT;2026;;;15/11/2025;Observation;dgs@metz.fr;\n"
                + "OBS-2;Ville de Nancy;COMMUNE;100000;54;OBSERVATION;AT;2026;;;25/11/2025;Observation;dgs@nancy.fr;\n"
                + "OBS-3;Ville de Reims;COMMUNE;180000;51;OBSERVATION;AT;2026;01/06/2026;19/06/2026;15/11/2025;"
                + "Observation;dgs@reims.fr;\n");
        Path report = folder.resolve("report.json");
        int code = inet("validate", file.toString(), "--report", report.toString());

        ImportResult result = ImportRun.of(EDITION, SCHEDULES).read(List.of(ImportFile.of(file, RecordKind.OFFERS)),
                new RowSink() {
                    @Override
                    public void offer(long line, Offer offer) {
                    }

                    @Override
                    public void problem(Problem problem) {
                    }

                    @Override
                    public void rejected(long line) {
                    }
                });

        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.warnings()).isEqualTo(1);
        assertThat(code).isEqualTo(1);
        String json = Files.readString(report);
        assertThat(json).contains("\"errors\": " + result.errors(), "\"warnings\": " + result.warnings(),
                "\"accepted\": " + result.accepted(), "\"rows\": " + result.rows());
    }

    @Test
    void thePlanningRunGivesThePlacementsOfInetPlan() throws Exception {
        Path plan = folder.resolve("plan");
        assertThat(inet("plan", "--offers", SAMPLES.resolve("offers.csv").toString(), "--trainees",
                SAMPLES.resolve("eleves.csv").toString(), "--wishes", SAMPLES.resolve("voeux.csv").toString(),
                "--exclusions", SAMPLES.resolve("exclusions.csv").toString(), "--locked",
                SAMPLES.resolve("verrous.csv").toString(), "--type", "OBSERVATION", "-o", plan.toString(),
                "--no-progress")).as(err.toString()).isZero();

        PlanningRecords records = PlanningRun.of(EDITION, SCHEDULES).read(PlanningInputs.of(List.of(
                        ImportFile.of(SAMPLES.resolve("offers.csv"), RecordKind.OFFERS),
                        ImportFile.of(SAMPLES.resolve("eleves.csv"), RecordKind.TRAINEES),
                        ImportFile.of(SAMPLES.resolve("voeux.csv"), RecordKind.WISHES),
                        ImportFile.of(SAMPLES.resolve("exclusions.csv"), RecordKind.EXCLUSIONS)))
                .withLocked(List.of(ImportFile.of(SAMPLES.resolve("verrous.csv"), RecordKind.PLACEMENTS))));
        assertThat(records.imported().decision(false, false).allowed()).isTrue();
        PlanningSetup setup = records.setUp(records.latestCohort().orElseThrow(), InternshipType.OBSERVATION);
        Plan embedded = Planner.plan(setup.problem());

        List<String> rows = embedded.placements().stream()
                .sorted(java.util.Comparator.comparing((Placement p) -> p.trainee().value()))
                .map(p -> p.trainee().value() + ";" + p.offer().value() + ";" + p.type().code()).toList();
        List<String> written = Files.readAllLines(plan.resolve("placements.csv"), StandardCharsets.UTF_8);
        assertThat(written.subList(1, written.size())).isEqualTo(rows);
        String json = Files.readString(plan.resolve("plan.json"));
        assertThat(json).contains("\"placed\": " + embedded.measures().placed(),
                "\"pins\": " + setup.pins(), "\"exclusionHosts\": " + setup.exclusionHosts());
    }

    /**
     * The CLI finds report plugins by family ({@link StatisticsReports}, {@link BrochureRun}), never by
     * a literal id; a command may share a plugin's name ({@code inet brochure}), so the names of
     * commands, and the command lines the class-data sharing training runs, are not ids.
     */
    @Test
    void theCommandsNameNoReportPluginByALiteralId() throws Exception {
        Path sources = Path.of("src", "main", "java", "fr", "cnfpt", "inet", "stages", "cli");
        List<String> ids = ReportRegistry.load().all().stream().map(ReportPlugin::id).toList();

        try (var files = Files.walk(sources)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source).replaceAll("(name = |run\\()\"[a-z-]+\"", "$1COMMAND");
                assertThat(text).as(source.toString()).doesNotContain("byId(\"");
                for (String id : ids) {
                    assertThat(text).as(source.toString()).doesNotContain("\"" + id + "\"");
                }
            }
        }
    }
}
