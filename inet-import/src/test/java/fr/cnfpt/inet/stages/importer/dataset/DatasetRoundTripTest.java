package fr.cnfpt.inet.stages.importer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the dataset writes reads back as equal records, and is written again byte for byte. */
class DatasetRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void readsBackEqualOffersWithEveryOptionalFieldGivenOrLeftOut() throws IOException {
        Path file = dir.resolve("offers.jsonl");
        Files.write(file, DatasetFixture.written(DatasetFixture.offers()));

        DatasetRecords<Offer> read = DatasetReader.of().readOffers(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.isClean()).isTrue();
        assertThat(read.records()).containsExactlyElementsOf(DatasetFixture.offers());
        assertThat(read.facts().rows()).isEqualTo(3);
    }

    @Test
    void readsBackEqualTraineesAndPlacements() throws IOException {
        Path trainees = dir.resolve("trainees.jsonl");
        Path placements = dir.resolve("placements.jsonl");
        Files.write(trainees, DatasetFixture.written(DatasetFixture.trainees()));
        Files.write(placements, DatasetFixture.written(DatasetFixture.placements()));

        DatasetRecords<Trainee> readTrainees = DatasetReader.of().readTrainees(trainees);
        DatasetRecords<Placement> readPlacements = DatasetReader.of().readPlacements(placements);

        assertThat(readTrainees.records()).containsExactlyElementsOf(DatasetFixture.trainees());
        assertThat(readPlacements.records()).containsExactlyElementsOf(DatasetFixture.placements());
        assertThat(readTrainees.problems()).isEmpty();
        assertThat(readPlacements.problems()).isEmpty();
    }

    @Test
    void writesATeamNumberOnlyWhenAPlacementGivesOneAndReadsItBack() throws IOException {
        Placement numbered = Placement.inTeam(TraineeId.of("E-003"), OfferId.of("PC-2026-001"),
                InternshipType.PROJET_COLLECTIF, 2);
        List<Placement> placements = List.of(
                Placement.of(TraineeId.of("E-001"), OfferId.of("PC-2026-001"), InternshipType.PROJET_COLLECTIF), numbered);
        Path file = dir.resolve("placements.jsonl");
        Files.write(file, DatasetFixture.written(placements));

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
                "{\"trainee\":\"E-001\",\"offer\":\"PC-2026-001\",\"type\":\"PROJET_COLLECTIF\"}",
                "{\"trainee\":\"E-003\",\"offer\":\"PC-2026-001\",\"type\":\"PROJET_COLLECTIF\",\"team\":2}");
        assertThat(DatasetReader.of().readPlacements(file).records()).containsExactlyElementsOf(placements);
    }

    @Test
    void writesAFolderThatReadsBackAsTheSameDataset() throws IOException {
        DatasetFolder folder = DatasetFolder.at(dir.resolve("dataset"));
        folder.write(DatasetFixture.dataset());

        DatasetRead read = folder.read();

        assertThat(read.isClean()).isTrue();
        assertThat(read.problems()).isEmpty();
        assertThat(read.dataset()).isEqualTo(DatasetFixture.dataset());
    }

    @Test
    void writesTheBytesOfDatasetWriterWhichInetImportWrites() throws IOException {
        DatasetFolder folder = DatasetFolder.at(dir);
        folder.write(DatasetFixture.dataset());

        assertThat(folder.file(RecordKind.OFFERS)).hasBinaryContent(DatasetFixture.written(DatasetFixture.offers()));
        assertThat(folder.file(RecordKind.TRAINEES)).hasBinaryContent(DatasetFixture.written(DatasetFixture.trainees()));
        assertThat(folder.file(RecordKind.PLACEMENTS))
                .hasBinaryContent(DatasetFixture.written(DatasetFixture.placements()));
    }

    @Test
    void writesWhatItReadByteForByte() throws IOException {
        DatasetFolder first = DatasetFolder.at(dir.resolve("first"));
        DatasetFolder second = DatasetFolder.at(dir.resolve("second"));
        first.write(DatasetFixture.dataset());

        second.write(first.read().dataset());

        for (RecordKind kind : List.of(RecordKind.OFFERS, RecordKind.TRAINEES, RecordKind.PLACEMENTS)) {
            assertThat(second.file(kind)).as(kind.name()).hasBinaryContent(Files.readAllBytes(first.file(kind)));
        }
    }

    @Test
    void keepsNoPersonalDetailsOfATrainee() throws IOException {
        DatasetFolder folder = DatasetFolder.at(dir);
        Trainee named = DatasetFixture.traineeWithDetails();
        folder.write(Dataset.of(List.of(), List.of(named), List.of()));

        Trainee read = folder.read().trainees().records().get(0);

        assertThat(Files.readString(folder.file(RecordKind.TRAINEES))).doesNotContain("Camille", "Martin", "example.fr");
        assertThat(read.details()).isEmpty();
        assertThat(read.id()).isEqualTo(named.id());
        assertThat(read.corps()).isEqualTo(named.corps());
        assertThat(read.cohort()).isEqualTo(named.cohort());
    }

    @Test
    void writesNoRecordsAsAnEmptyFileThatReadsAsNoRecords() throws IOException {
        DatasetFolder folder = DatasetFolder.at(dir);
        folder.write(Dataset.of(List.of(), List.of(), List.of()));

        DatasetRead read = folder.read();

        assertThat(folder.file(RecordKind.OFFERS)).isEmptyFile();
        assertThat(read.isClean()).isTrue();
        assertThat(read.dataset()).isEqualTo(Dataset.of(List.of(), List.of(), List.of()));
    }
}
