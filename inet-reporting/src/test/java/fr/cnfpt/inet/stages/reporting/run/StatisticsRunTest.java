package fr.cnfpt.inet.stages.reporting.run;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.importer.run.ImportFile;
import fr.cnfpt.inet.stages.importer.run.ImportRun;
import fr.cnfpt.inet.stages.importer.run.ReadingOptions;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.reporting.spi.ReportFamily;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.statistics.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An embedder's statistics run: the samples read, counted and written by every statistics plugin. */
class StatisticsRunTest {

    private static final Edition EDITION = Editions.current();
    private static final Schedules SCHEDULES = Schedules.of(EDITION);
    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final List<ImportFile> SAMPLE_FILES = List.of(
            ImportFile.of(SAMPLES.resolve("offres.xlsx"), RecordKind.OFFERS),
            ImportFile.of(SAMPLES.resolve("eleves.csv"), RecordKind.TRAINEES),
            ImportFile.of(SAMPLES.resolve("placements.json"), RecordKind.PLACEMENTS));

    @Test
    void countsTheAcceptedRecordsOfTheSamples() {
        StatisticsResult result = StatisticsRun.of(EDITION, SCHEDULES).collect(SAMPLE_FILES);

        assertThat(result.imported().files()).hasSize(3);
        assertThat(result.statistics().has(Source.OFFERS)).isTrue();
        assertThat(result.statistics().has(Source.TRAINEES)).isTrue();
        assertThat(result.statistics().latestCohort()).isPresent();
        assertThat(result.statistics().rowsLeftOut(Source.OFFERS)).isEqualTo(result.imported().files().get(0).rejected());
    }

    @Test
    void countsTheRowsLeftOutOfAFileWithErrors() {
        String offers = "Référence;Structure d'accueil;Type de structure;Population;Département;Type de stage;"
                + "Cadre d'emplois;Promotion;Premier jour;Dernier jour;Date de dépôt;Intitulé;Courriel;"
                + "Participation financière\n"
                + "OBS-1;Ville de Metz;COMMUNE;120000;57;OBSERVATION;AT;2026;;;15/11/2025;Observation;dgs@metz.fr;\n"
                + "OBS-3;Ville de Reims;COMMUNE;180000;51;OBSERVATION;AT;2026;01/06/2026;19/06/2026;15/11/2025;"
                + "Observation;dgs@reims.fr;\n";
        byte[] bytes = offers.getBytes(StandardCharsets.UTF_8);

        StatisticsResult result = StatisticsRun.of(EDITION, SCHEDULES).collect(List.of(
                ImportFile.of("offres.csv", () -> new ByteArrayInputStream(bytes), RecordKind.OFFERS)));

        assertThat(result.imported().errors()).isEqualTo(1);
        assertThat(result.imported().decision(false, false).allowed()).isFalse();
        assertThat(result.statistics().rowsLeftOut(Source.OFFERS)).isEqualTo(1);
    }

    @Test
    void givesTheSameStatisticsWhateverTheOrderOfTheFiles() throws Exception {
        StatisticsRun run = StatisticsRun.of(ImportRun.of(EDITION, SCHEDULES).withOptions(ReadingOptions.defaults()));
        List<ImportFile> reversed = List.of(SAMPLE_FILES.get(2), SAMPLE_FILES.get(1), SAMPLE_FILES.get(0));

        assertThat(json(run.collect(reversed))).isEqualTo(json(run.collect(SAMPLE_FILES)));
    }

    @Test
    void everyStatisticsPluginWritesEveryFormatItDeclaresFromTheResult() throws Exception {
        StatisticsResult result = StatisticsRun.of(EDITION, SCHEDULES).collect(SAMPLE_FILES);

        for (ReportPlugin plugin : ReportRegistry.load().ofFamily(ReportFamily.STATISTICS)) {
            for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.CSV, ReportFormat.HTML)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                plugin.render(request(result).withFormat(format), out);
                assertThat(out.size()).as("%s as %s", plugin.id(), format).isPositive();
            }
        }
    }

    private static ReportRequest request(StatisticsResult result) {
        CohortYear cohort = result.statistics().latestCohort().orElseThrow();
        return ReportRequest.of(EDITION, SCHEDULES).withStatistics(result.statistics()).withCohort(cohort);
    }

    private static String json(StatisticsResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ReportPlugin plugin : ReportRegistry.load().ofFamily(ReportFamily.STATISTICS)) {
            plugin.render(request(result).withFormat(ReportFormat.JSON), out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
