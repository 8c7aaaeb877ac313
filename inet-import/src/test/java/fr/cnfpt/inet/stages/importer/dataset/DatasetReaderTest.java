package fr.cnfpt.inet.stages.importer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A faulty line is reported with its file, line and code, rejected, and the lines after it are read: nothing thrown. */
class DatasetReaderTest {

    @TempDir
    Path dir;

    private Path offersWithLine2(String line2) throws IOException {
        String[] lines = new String(DatasetFixture.written(DatasetFixture.offers()), StandardCharsets.UTF_8).split("\n");
        Path file = dir.resolve("offers.jsonl");
        Files.writeString(file, lines[0] + "\n" + line2 + "\n" + lines[2] + "\n");
        return file;
    }

    @Test
    void reportsALineOfBrokenJsonWithItsFileAndLineAndReadsTheNextLines() throws IOException {
        Path file = offersWithLine2("{\"reference\": \"OUV-DE-7\", \"hostName\": \"Stadt Frei");

        DatasetRecords<Offer> read = DatasetReader.of().readOffers(file);

        assertThat(read.records()).containsExactly(DatasetFixture.fullOffer(), DatasetFixture.minimalOffer());
        assertThat(read.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.isError()).isTrue();
        });
        assertThat(read.problems()).extracting(Problem::code).contains("JSON_INVALID");
        assertThat(read.facts().rows()).isEqualTo(3);
        assertThat(read.rejected()).isEqualTo(1);
        assertThat(read.isClean()).isFalse();
    }

    /**
     * JSON allows a line break between a key and its value: a line cut just where a value starts takes the next line
     * as that value. The one problem says so, naming both lines; the lines after are read.
     */
    @Test
    void saysWhichLinesARecordCutShortTookIntoItsRejection() throws IOException {
        String[] lines = new String(DatasetFixture.written(DatasetFixture.offers()), StandardCharsets.UTF_8).split("\n");
        Path file = dir.resolve("offers.jsonl");
        Files.writeString(file, "{\"reference\": \"X\", \"hostName\": \n" + String.join("\n", lines) + "\n");

        DatasetRecords<Offer> read = DatasetReader.of().readOffers(file);

        assertThat(read.records()).containsExactly(DatasetFixture.offerAbroad(), DatasetFixture.minimalOffer());
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.code()).isEqualTo("JSON_INVALID");
            assertThat(problem.message().en()).contains("line 1", "line 3");
        });
        assertThat(read.rejected()).isEqualTo(1);
    }

    @Test
    void reportsAValueThatIsNotOfItsTypeOnItsLineAndField() throws IOException {
        String abroad = new String(DatasetFixture.written(List.of(DatasetFixture.offerAbroad())), StandardCharsets.UTF_8).trim();
        Path file = offersWithLine2(abroad.replace("\"submitted\":\"2025-11-20\"", "\"submitted\":\"2025-02-31\""));

        DatasetRecords<Offer> read = DatasetReader.of().readOffers(file);

        assertThat(read.records()).hasSize(2);
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.field()).isEqualTo("submitted");
            assertThat(problem.code()).isEqualTo("DATE_INVALID");
        });
    }

    @Test
    void reportsAMissingRequiredField() throws IOException {
        Path file = dir.resolve("placements.jsonl");
        Files.writeString(file, "{\"trainee\":\"E-001\",\"type\":\"OBSERVATION\"}\n");

        var read = DatasetReader.of().readPlacements(file);

        assertThat(read.records()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("VALUE_REQUIRED");
            assertThat(problem.field()).isEqualTo("offer");
            assertThat(problem.line()).isEqualTo(1);
        });
        assertThat(read.isClean()).isFalse();
    }

    @Test
    void neverThrowsForBytesThatAreNotADataset() throws IOException {
        Path file = dir.resolve("trainees.jsonl");
        Files.write(file, new byte[] {0, 1, 2, (byte) 0xFF, '{', '\n', '}', 0});

        DatasetRecords<Trainee> read = DatasetReader.of().readTrainees(file);

        assertThat(read.records()).isEmpty();
        assertThat(read.problems()).isNotEmpty().allMatch(Problem::isError);
        assertThat(read.isClean()).isFalse();
    }

    @Test
    void throwsOnlyWhenTheFileCannotBeOpened() {
        assertThatThrownBy(() -> DatasetReader.of().readOffers(dir.resolve("missing.jsonl")))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readsATraineeWithoutThePersonalDetailsAFileEditedByHandHolds() throws IOException {
        Path file = dir.resolve("trainees.jsonl");
        Files.writeString(file, "{\"id\":\"E-9\",\"corps\":\"ADMINISTRATEUR\",\"cohort\":2026,\"givenName\":\"Camille\","
                + "\"familyName\":\"Martin\",\"email\":\"camille.martin@example.fr\"}\n");

        DatasetRecords<Trainee> read = DatasetReader.of().readTrainees(file);

        assertThat(read.records()).singleElement().satisfies(trainee -> {
            assertThat(trainee.id().value()).isEqualTo("E-9");
            assertThat(trainee.details()).isEmpty();
        });
    }

    @Test
    void handsEachRecordToASinkInTheOrderOfTheLines() throws IOException {
        byte[] bytes = DatasetFixture.written(DatasetFixture.offers());
        List<String> seen = new ArrayList<>();

        ImportFacts facts = DatasetReader.of().read(RecordKind.OFFERS, "offers.jsonl", () -> new ByteArrayInputStream(bytes),
                new RowSink() {
                    @Override
                    public void offer(long line, Offer offer) {
                        seen.add(line + " " + offer.id().value());
                    }

                    @Override
                    public void problem(Problem problem) {
                        seen.add("problem " + problem.code());
                    }

                    @Override
                    public void rejected(long line) {
                        seen.add("rejected " + line);
                    }
                });

        assertThat(seen).containsExactly("1 PC-2026-001", "2 OUV-DE-7", "3 OBS-1");
        assertThat(facts.rows()).isEqualTo(3);
        assertThat(facts.complete()).isTrue();
    }

    @Test
    void readsAFolderWithoutAFileAsHoldingNoRecordsOfThatKind() throws IOException {
        Files.write(dir.resolve(DatasetFiles.of(RecordKind.OFFERS)), DatasetFixture.written(DatasetFixture.offers()));

        DatasetRead read = DatasetFolder.at(dir).read();

        assertThat(read.dataset().offers()).hasSize(3);
        assertThat(read.dataset().trainees()).isEmpty();
        assertThat(read.dataset().placements()).isEmpty();
        assertThat(read.isClean()).isTrue();
    }

    @Test
    void refusesToReadAFolderThatIsNotOne() {
        assertThatThrownBy(() -> DatasetFolder.at(dir.resolve("none")).read()).isInstanceOf(IOException.class);
    }
}
