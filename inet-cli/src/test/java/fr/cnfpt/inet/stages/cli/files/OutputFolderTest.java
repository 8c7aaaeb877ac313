package fr.cnfpt.inet.stages.cli.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path parent;

    private static boolean ours(String name) {
        return name.endsWith(".jsonl") || name.equals("import-report.json");
    }

    private Path write(Path folder, String... names) throws IOException {
        try (OutputFolder output = OutputFolder.open(folder, OutputFolderTest::ours, List.of())) {
            for (String name : names) {
                Files.writeString(output.file(name), name + " of this run\n", StandardCharsets.UTF_8);
            }
            output.commit();
        }
        return folder;
    }

    private List<String> hidden() throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .filter(n -> !n.endsWith(".lock")).sorted().toList();
        }
    }

    @Test
    void publishesTheFilesOfARunAllAtOnceAsALinkToTheirGeneration() throws Exception {
        Path dataset = write(parent.resolve("dataset"), "offers.jsonl", "import-report.json");

        assertThat(Files.isSymbolicLink(dataset)).isTrue();
        assertThat(dataset.resolve("offers.jsonl")).hasContent("offers.jsonl of this run");
        assertThat(hidden()).singleElement().asString().startsWith(".dataset.gen-");
    }

    @Test
    void leavesNoFileOfAnEarlierRun() throws Exception {
        Path dataset = write(parent.resolve("dataset"), "offers.jsonl", "trainees.jsonl", "import-report.json");

        write(dataset, "offers.jsonl", "import-report.json");

        try (Stream<Path> files = Files.list(dataset)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("offers.jsonl",
                    "import-report.json");
        }
        assertThat(hidden()).hasSize(1);
    }

    @Test
    void dropsItsNewGenerationWhenNotCommitted() throws Exception {
        Path dataset = write(parent.resolve("dataset"), "offers.jsonl");

        try (OutputFolder output = OutputFolder.open(dataset, OutputFolderTest::ours, List.of())) {
            Files.writeString(output.file("offers.jsonl"), "half", StandardCharsets.UTF_8);
        }

        assertThat(dataset.resolve("offers.jsonl")).hasContent("offers.jsonl of this run");
        assertThat(hidden()).hasSize(1);
    }

    @Test
    void refusesAFolderHoldingFilesItDoesNotWrite() throws Exception {
        Path mine = Files.createDirectories(parent.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> OutputFolder.open(mine, OutputFolderTest::ours, List.of()))
                .isInstanceOf(UnusableInputException.class).hasMessageContaining("notes.txt");
        assertThat(mine.resolve("notes.txt")).hasContent("my notes");
    }

    @Test
    void refusesAFolderHoldingAnInput() throws Exception {
        Path dataset = write(parent.resolve("dataset"), "offers.jsonl");

        assertThatThrownBy(() -> OutputFolder.open(dataset, OutputFolderTest::ours,
                List.of(dataset.resolve("offers.jsonl")))).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("holds the input");
    }

    @Test
    void refusesAFolderAnotherRunIsWriting() throws Exception {
        Path dataset = parent.resolve("dataset");
        try (OutputFolder first = OutputFolder.open(dataset, OutputFolderTest::ours, List.of())) {
            assertThatThrownBy(() -> OutputFolder.open(dataset, OutputFolderTest::ours, List.of()))
                    .isInstanceOf(UnusableInputException.class).hasMessageContaining("another inet run");
        }
    }

    @Test
    void replacesAFolderThatIsNotYetALinkAndDropsItsFiles() throws Exception {
        Path dataset = Files.createDirectories(parent.resolve("dataset"));
        Files.writeString(dataset.resolve("trainees.jsonl"), "earlier", StandardCharsets.UTF_8);

        write(dataset, "offers.jsonl");

        assertThat(Files.isSymbolicLink(dataset)).isTrue();
        assertThat(dataset.resolve("trainees.jsonl")).doesNotExist();
        assertThat(hidden()).hasSize(1);
    }

    @Test
    void finishesASwapKilledBetweenItsTwoRenames() throws Exception {
        // What a run killed between setting a real folder aside and renaming its link in leaves.
        Path old = Files.createDirectories(parent.resolve(".dataset.old-4242-1"));
        Files.writeString(old.resolve("offers.jsonl"), "earlier run", StandardCharsets.UTF_8);
        Path generation = Files.createDirectories(parent.resolve(".dataset.gen-4242-1"));
        Files.writeString(generation.resolve("offers.jsonl"), "killed run, complete", StandardCharsets.UTF_8);
        Files.createSymbolicLink(parent.resolve(".dataset.link-4242-1"), generation.getFileName());
        Path dataset = parent.resolve("dataset");

        try (OutputFolder output = OutputFolder.open(dataset, OutputFolderTest::ours, List.of())) {
            assertThat(dataset.resolve("offers.jsonl")).hasContent("killed run, complete");
        }

        assertThat(hidden()).containsExactly(".dataset.gen-4242-1");
    }

    @Test
    void restoresAFolderSetAsideByARunKilledBeforeItsNewOneWasReady() throws Exception {
        Path old = Files.createDirectories(parent.resolve(".dataset.old-4242-1"));
        Files.writeString(old.resolve("offers.jsonl"), "earlier run", StandardCharsets.UTF_8);
        Path dataset = parent.resolve("dataset");

        try (OutputFolder output = OutputFolder.open(dataset, OutputFolderTest::ours, List.of())) {
            assertThat(dataset.resolve("offers.jsonl")).hasContent("earlier run");
        }
    }

    @Test
    void deletesTheGenerationsOfKilledRunsThatNoLinkNames() throws Exception {
        Path dataset = write(parent.resolve("dataset"), "offers.jsonl");
        Files.createDirectories(parent.resolve(".dataset.gen-4242-7")).resolve("offers.jsonl");
        Files.createSymbolicLink(parent.resolve(".dataset.link-4242-8"), Path.of(".dataset.gen-4242-7"));

        write(dataset, "offers.jsonl");

        assertThat(hidden()).hasSize(1).noneMatch(name -> name.contains("4242"));
    }

    @Test
    void keepsThePermissionsOfTheFolderItReplaces() throws Exception {
        Path dataset = write(parent.resolve("dataset"), "offers.jsonl");
        Files.setPosixFilePermissions(dataset.toRealPath(), PosixFilePermissions.fromString("rwxr-x---"));

        write(dataset, "offers.jsonl");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataset.toRealPath())))
                .isEqualTo("rwxr-x---");
    }

    @Test
    void writesInTheFolderAUserLinkLeadsTo() throws Exception {
        Path elsewhere = write(parent.resolve("elsewhere"), "offers.jsonl");
        Path link = Files.createSymbolicLink(parent.resolve("mine"), elsewhere.getFileName());

        write(link, "offers.jsonl", "import-report.json");

        assertThat(Files.readSymbolicLink(link)).isEqualTo(elsewhere.getFileName());
        assertThat(link.resolve("import-report.json")).exists();
    }
}
