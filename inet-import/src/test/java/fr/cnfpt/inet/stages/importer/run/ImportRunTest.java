package fr.cnfpt.inet.stages.importer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An embedder's import run: what it counts, what it decides, and what it tells a progress hook. */
class ImportRunTest {

    private static final Edition EDITION = Editions.current();
    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final String OFFERS_HEADER = "Référence;Structure d'accueil;Type de structure;Population;Département;"
            + "Type de stage;Cadre d'emplois;Promotion;Premier jour;Dernier jour;Date de dépôt;Intitulé;Courriel;"
            + "Participation financière\n";
    /** One good offer, one submitted late (a warning), one outside the internship's period (an error). */
    private static final String OFFERS_WITH_KNOWN_PROBLEMS = OFFERS_HEADER
            + "OBS-1;Ville de Metz;COMMUNE;120000;57;OBSERVATION;AT;2026;;;15/11/2025;Observation;dgs@metz.fr;\n"
            + "OBS-2;Ville de Nancy;COMMUNE;100000;54;OBSERVATION;AT;2026;;;25/11/2025;Observation;dgs@nancy.fr;\n"
            + "OBS-3;Ville de Reims;COMMUNE;180000;51;OBSERVATION;AT;2026;01/06/2026;19/06/2026;15/11/2025;"
            + "Observation;dgs@reims.fr;\n";

    private final ImportRun run = ImportRun.of(EDITION, Schedules.of(EDITION));

    @Test
    void countsTheRowsErrorsAndWarningsOfAFileWithKnownProblems() {
        Collected sink = new Collected();

        ImportResult result = run.read(List.of(offers("offres.csv", OFFERS_WITH_KNOWN_PROBLEMS)), sink);

        FileReport file = result.files().get(0);
        assertThat(file.rows()).isEqualTo(3);
        assertThat(file.accepted()).isEqualTo(2);
        assertThat(file.rejected()).isEqualTo(1);
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.warnings()).isEqualTo(1);
        assertThat(result.anyUnusable()).isFalse();
        assertThat(result.unreadLines()).hasValue(0);
        assertThat(sink.codes()).containsExactlyInAnyOrder("OFFER_SUBMITTED_LATE", "PERIOD_OUTSIDE_WINDOW");
        assertThat(sink.offers).hasSize(2);
    }

    @Test
    void refusesToWriteAResultWithErrorsUnlessTheyAreAccepted() {
        ImportResult result = run.read(List.of(offers("offres.csv", OFFERS_WITH_KNOWN_PROBLEMS)), new Collected());

        assertThat(result.decision(false, false)).isEqualTo(new WriteDecision.ErrorsFound(1));
        assertThat(result.decision(false, false).allowed()).isFalse();
        assertThat(result.decision(true, false).allowed()).isTrue();
    }

    @Test
    void readsOffersThenTraineesThenPlacementsWhateverTheOrderGiven() {
        ImportResult result = run.read(List.of(
                ImportFile.of(SAMPLES.resolve("placements.json"), RecordKind.PLACEMENTS),
                ImportFile.of(SAMPLES.resolve("trainees.json"), RecordKind.TRAINEES),
                ImportFile.of(SAMPLES.resolve("offers.json"), RecordKind.OFFERS)), new Collected());

        assertThat(result.files()).extracting(FileReport::kind)
                .containsExactly(RecordKind.OFFERS, RecordKind.TRAINEES, RecordKind.PLACEMENTS);
        assertThat(result.has(RecordKind.PLACEMENTS)).isTrue();
        assertThat(result.rows()).isEqualTo(result.accepted() + result.rejected());
    }

    @Test
    void keepsTheProblemsAskedForAndCountsTheOthers() {
        ImportResult result = run.withOptions(ReadingOptions.defaults().withMaxProblems(1))
                .read(List.of(offers("offres.csv", OFFERS_WITH_KNOWN_PROBLEMS)), new Collected());

        assertThat(result.files().get(0).problems()).hasSize(1);
        assertThat(result.files().get(0).problemsOmitted()).isEqualTo(1);
    }

    @Test
    void readsAFileByTheImporterItNamesWhateverItsExtension() {
        ImportResult result = run.read(List.of(offers("offres.data", OFFERS_WITH_KNOWN_PROBLEMS).withImporter("csv")),
                new Collected());

        assertThat(result.files().get(0).format()).isEqualTo("csv");
        assertThat(result.files().get(0).rows()).isEqualTo(3);
    }

    @Test
    void signalsAFileNoImporterReadsWithItsOwnException() {
        assertThatThrownBy(() -> run.read(List.of(offers("offres.doc", OFFERS_WITH_KNOWN_PROBLEMS)), new Collected()))
                .isInstanceOf(UnusableFileException.class)
                .hasMessageStartingWith("cannot tell the format of offres.doc from its extension")
                .extracting(e -> ((UnusableFileException) e).file()).isEqualTo("offres.doc");
    }

    @Test
    void signalsAFileThatTheProgressHookCannotLookAt() {
        ImportRun failing = run.withProgress(file -> {
            throw new java.nio.file.NoSuchFileException(file.name());
        });

        assertThatThrownBy(() -> failing.read(List.of(offers("offres.csv", OFFERS_HEADER)), new Collected()))
                .isInstanceOf(UnusableFileException.class)
                .hasMessageStartingWith("cannot read offres.csv: ");
    }

    @Test
    void tellsTheProgressHookOfEachFileItReadsAndClosesIt() {
        List<String> events = new ArrayList<>();
        long[] bytes = {0};
        ImportRun watched = run.withProgress(file -> new ReadingProgress.FileProgress() {
            {
                events.add("start " + file.name());
            }

            @Override
            public InputStream track(InputStream in) {
                return new FilterInputStream(in) {
                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = super.read(buffer, offset, length);
                        bytes[0] += Math.max(0, n);
                        return n;
                    }
                };
            }

            @Override
            public void close() {
                events.add("close " + file.name());
            }
        });

        watched.read(List.of(offers("offres.csv", OFFERS_WITH_KNOWN_PROBLEMS)), new Collected());

        assertThat(events).containsExactly("start offres.csv", "close offres.csv");
        assertThat(bytes[0]).isGreaterThanOrEqualTo(OFFERS_WITH_KNOWN_PROBLEMS.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void refusesToWriteAFileNotReadToItsEndUnlessItsUnreadPartIsAccepted() {
        String unclosedQuote = OFFERS_HEADER
                + "OBS-1;Ville de Metz;COMMUNE;120000;57;OBSERVATION;AT;2026;;;15/11/2025;Observation;dgs@metz.fr;\n"
                + "OBS-2;\"Ville de Nancy;COMMUNE;100000;54;OBSERVATION;AT;2026;;;15/11/2025;Observation;x@nancy.fr;\n"
                + "OBS-3;Ville de Reims;COMMUNE;180000;51;OBSERVATION;AT;2026;;;15/11/2025;Observation;dgs@reims.fr;\n";

        ImportResult result = run.read(List.of(offers("offres.csv", unclosedQuote)), new Collected());

        assertThat(result.decision(true, false)).isInstanceOf(WriteDecision.NotReadToEnd.class);
        assertThat(((WriteDecision.NotReadToEnd) result.decision(true, false)).file().file()).isEqualTo("offres.csv");
        assertThat(result.decision(true, true).allowed()).isTrue();
    }

    private static ImportFile offers(String name, String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return ImportFile.of(name, () -> new ByteArrayInputStream(bytes), RecordKind.OFFERS);
    }
}
