package fr.cnfpt.inet.stages.planning.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.run.ImportFile;
import fr.cnfpt.inet.stages.importer.run.UnusableFileException;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.planning.Plan;
import fr.cnfpt.inet.stages.planning.Planner;
import fr.cnfpt.inet.stages.planning.run.LockRefusal.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planning run on the sample campaign of docs/samples (twelve trainees, three observation offers of one
 * place, one per corps): what it reads, the problem it makes, and the locked placements it refuses, each
 * with its file and line.
 */
class PlanningRunTest {

    private static final Edition EDITION = Editions.current();
    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final CohortYear COHORT = CohortYear.of(2026);
    private static final String LOCKED_HEADER = "Élève;Offre;Type de stage\n";

    private static ImportFile sample(String name, RecordKind kind) {
        return ImportFile.of(SAMPLES.resolve(name), kind);
    }

    private static ImportFile file(String name, RecordKind kind, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return ImportFile.of(name, () -> new ByteArrayInputStream(bytes), kind);
    }

    private static List<ImportFile> campaign(ImportFile... more) {
        List<ImportFile> files = new ArrayList<>(List.of(sample("offers.csv", RecordKind.OFFERS),
                sample("eleves.csv", RecordKind.TRAINEES), sample("voeux.csv", RecordKind.WISHES)));
        files.addAll(List.of(more));
        return files;
    }

    private static PlanningRecords read(PlanningInputs inputs) {
        PlanningRecords records = PlanningRun.of(EDITION, Schedules.of(EDITION)).read(inputs);
        assertThat(records.imported().errors()).as(records.imported().toString()).isZero();
        return records;
    }

    private static PlanningRecords withLocked(String rows, ImportFile... more) {
        return read(PlanningInputs.of(campaign(more)).withLocked(List.of(file("verrous.csv", RecordKind.PLACEMENTS,
                LOCKED_HEADER + rows))));
    }

    @Test
    void makesTheProblemOfTheTypeAndCohortFromTheSampleFiles() {
        PlanningRecords records = read(PlanningInputs.of(campaign()));

        PlanningSetup setup = records.setUp(COHORT, InternshipType.OBSERVATION);

        assertThat(records.latestCohort()).contains(COHORT);
        assertThat(setup.problem().trainees()).hasSize(12);
        assertThat(setup.problem().offers()).extracting(o -> o.id().value())
                .containsExactly("OBS-2026-001", "OBS-2026-002", "OBS-2026-003");
        assertThat(setup.problem().wishes()).hasSize(9);
        assertThat(setup).extracting(PlanningSetup::wishesLeftOut, PlanningSetup::historyHosts,
                PlanningSetup::exclusionHosts, PlanningSetup::pins).containsExactly(0, 0, 0, 0);
    }

    @Test
    void earlierPlacementsAreHistoryAndLockedPlacementsArePins() {
        PlanningRecords records = withLocked("E2026-004;OBS-2026-001;OBSERVATION\n",
                sample("placements.csv", RecordKind.PLACEMENTS));

        PlanningSetup setup = records.setUp(COHORT, InternshipType.OBSERVATION);

        assertThat(records.history()).hasSize(11);
        assertThat(records.locked()).extracting(LockedPlacement::where).containsExactly("verrous.csv:2");
        assertThat(setup.problem().pins()).containsExactly(Placement.of(TraineeId.of("E2026-004"),
                OfferId.of("OBS-2026-001"), InternshipType.OBSERVATION));
        assertThat(setup.pins()).isEqualTo(1);
        assertThat(setup.historyHosts()).isEqualTo(11);
        Plan plan = Planner.plan(setup.problem());
        assertThat(plan.placements()).contains(setup.problem().pins().get(0));
    }

    @Test
    void exclusionsOfThePlannedTraineesAreTheProblemsExclusions() {
        PlanningRecords records = read(PlanningInputs.of(campaign(sample("exclusions.csv", RecordKind.EXCLUSIONS),
                file("autres-exclusions.csv", RecordKind.EXCLUSIONS, "Élève;SIRET\nE2026-001;21670482500019\n"))));

        PlanningSetup setup = records.setUp(COHORT, InternshipType.OBSERVATION);

        assertThat(records.exclusions()).hasSize(4);
        assertThat(setup.exclusionHosts()).isEqualTo(4);
        Plan plan = Planner.plan(setup.problem());
        assertThat(plan.placements()).doesNotContain(
                Placement.of(TraineeId.of("E2026-003"), OfferId.of("OBS-2026-001"), InternshipType.OBSERVATION),
                Placement.of(TraineeId.of("E2026-008"), OfferId.of("OBS-2026-002"), InternshipType.OBSERVATION),
                Placement.of(TraineeId.of("E2026-011"), OfferId.of("OBS-2026-003"), InternshipType.OBSERVATION));
        assertThat(plan.measures().placed()).isEqualTo(3);
    }

    @Test
    void refusesALockedPlacementOfAnotherTypeNamingItsFileAndLineNotTheTrainee() {
        PlanningRecords records = withLocked("E2026-004;OBS-2026-001;OBSERVATION\nE2026-002;THE-2026-004;THEMATIQUE\n");

        assertThatThrownBy(() -> records.setUp(COHORT, InternshipType.OBSERVATION))
                .isInstanceOfSatisfying(LockedPlacementException.class, e -> {
                    assertThat(e.refusals()).extracting(LockRefusal::reason).containsExactly(Reason.OTHER_TYPE);
                    assertThat(e.refusals().get(0).locked().where()).isEqualTo("verrous.csv:3");
                    assertThat(e.getMessage()).startsWith("locked placement verrous.csv:3: this locked placement is a"
                            + " THEMATIQUE internship").doesNotContain("E2026");
                    assertThat(e.refusals().get(0).message().fr()).contains("stage THEMATIQUE").doesNotContain("E2026");
                });
    }

    @Test
    void refusesALockedPlacementOfAnotherCohortThanThePlans() {
        PlanningRecords records = withLocked("E2026-004;OBS-2026-001;OBSERVATION\n");

        assertThatThrownBy(() -> records.setUp(CohortYear.of(2027), InternshipType.OBSERVATION))
                .isInstanceOfSatisfying(LockedPlacementException.class, e -> assertThat(e.refusals())
                        .extracting(LockRefusal::reason).containsExactly(Reason.OTHER_COHORT));
    }

    @Test
    void refusesALockedPlacementWithAHostOfTheTraineesHistoryOrExclusions() {
        PlanningRecords records = withLocked("E2026-008;OBS-2026-002;OBSERVATION\n",
                sample("exclusions.csv", RecordKind.EXCLUSIONS));
        PlanningRecords history = withLocked("E2026-001;OBS-2026-001;OBSERVATION\n",
                file("offres-thematiques.csv", RecordKind.OFFERS, "reference,hostName,hostKind,population,departement,"
                        + "type,corps,cohort,firstDay,lastDay,submitted,title,contact\nTHE-2026-009,VILLE DE STRASBOURG,"
                        + "COMMUNE,291313,67,THEMATIQUE,ADMINISTRATEUR,2026,2026-05-26,2026-07-10,2026-01-20,Évaluer,"
                        + "stages@strasbourg.eu\n"),
                file("affectations.csv", RecordKind.PLACEMENTS, LOCKED_HEADER + "E2026-001;THE-2026-009;THEMATIQUE\n"));

        assertThatThrownBy(() -> records.setUp(COHORT, InternshipType.OBSERVATION))
                .isInstanceOfSatisfying(LockedPlacementException.class, e -> {
                    assertThat(e.refusals()).extracting(LockRefusal::reason).containsExactly(Reason.HOST_EXCLUDED);
                    assertThat(e.refusals().get(0).message().en()).contains("in the exclusions");
                });
        assertThatThrownBy(() -> history.setUp(COHORT, InternshipType.OBSERVATION))
                .isInstanceOfSatisfying(LockedPlacementException.class, e -> {
                    assertThat(e.refusals()).extracting(LockRefusal::reason).containsExactly(Reason.HOST_EXCLUDED);
                    assertThat(e.refusals().get(0).message().en()).contains("in the history");
                });
    }

    @Test
    void refusesMoreLockedPlacementsOnAnOfferThanItsPlaces() {
        PlanningRecords records = withLocked("E2026-001;OBS-2026-001;OBSERVATION\nE2026-002;OBS-2026-001;OBSERVATION\n"
                + "E2026-003;OBS-2026-001;OBSERVATION\n");

        assertThatThrownBy(() -> records.setUp(COHORT, InternshipType.OBSERVATION))
                .isInstanceOfSatisfying(LockedPlacementException.class, e -> {
                    assertThat(e.refusals()).extracting(LockRefusal::reason)
                            .containsExactly(Reason.PLACES_EXCEEDED, Reason.PLACES_EXCEEDED);
                    assertThat(e.refusals()).extracting(r -> r.locked().where())
                            .containsExactly("verrous.csv:3", "verrous.csv:4");
                    assertThat(e.getMessage()).endsWith("(and 1 more locked placement(s) refused)");
                });
    }

    @Test
    void aLockedRowThatBreaksAPlacementRuleIsAnErrorOfTheImport() {
        PlanningRecords records = PlanningRun.of(EDITION, Schedules.of(EDITION)).read(PlanningInputs.of(campaign())
                .withLocked(List.of(file("verrous.csv", RecordKind.PLACEMENTS,
                        LOCKED_HEADER + "E2026-006;OBS-2026-001;OBSERVATION\n"))));

        assertThat(records.imported().errors()).isEqualTo(1);
        assertThat(records.imported().decision(false, false).allowed()).isFalse();
        assertThat(records.locked()).isEmpty();
    }

    @Test
    void aCollectiveProjectsPlaceTakesATeamOfLockedPlacements() {
        // one place of PC-2026-005 is one team of the edition's size: the sample team of four, locked
        PlanningRecords records = withLocked("E2026-003;PC-2026-005;PROJET_COLLECTIF\n"
                + "E2026-004;PC-2026-005;PROJET_COLLECTIF\nE2026-008;PC-2026-005;PROJET_COLLECTIF\n"
                + "E2026-011;PC-2026-005;PROJET_COLLECTIF\n");

        PlanningSetup setup = records.setUp(COHORT, InternshipType.PROJET_COLLECTIF);

        assertThat(setup.pins()).isEqualTo(4);
        assertThat(setup.problem().pins()).hasSize(4);
    }

    @Test
    void aFileWithoutAnImporterIsUnusable() {
        PlanningInputs inputs = PlanningInputs.of(List.of(file("offres.pdf", RecordKind.OFFERS, "%PDF")));

        assertThatThrownBy(() -> PlanningRun.of(EDITION, Schedules.of(EDITION)).read(inputs))
                .isInstanceOf(UnusableFileException.class);
    }

    @Test
    void lockedFilesAreReadAsPlacements() {
        assertThatThrownBy(() -> PlanningInputs.of(List.of()).withLocked(List.of(file("verrous.csv",
                RecordKind.WISHES, "")))).isInstanceOf(IllegalArgumentException.class);
    }
}
