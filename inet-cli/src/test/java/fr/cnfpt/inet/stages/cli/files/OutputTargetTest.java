package fr.cnfpt.inet.stages.cli.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetTest {

    @TempDir
    Path folder;

    @Test
    void takesADashAndDevStdoutForStandardOutput() {
        assertThat(OutputTarget.of(Path.of("-")).kind()).isEqualTo(OutputTarget.Kind.STANDARD_OUTPUT);
        assertThat(OutputTarget.of(Path.of("/dev/stdout")).kind()).isEqualTo(OutputTarget.Kind.STANDARD_OUTPUT);
        assertThat(OutputTarget.of(Path.of("/dev/stderr")).kind()).isEqualTo(OutputTarget.Kind.STANDARD_ERROR);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void writesDevicesInPlaceNeverReplacingThem() throws Exception {
        assertThat(OutputTarget.of(Path.of("/dev/null")).kind()).isEqualTo(OutputTarget.Kind.STREAM);

        AtomicFile.write(Path.of("/dev/null"), out -> out.write("report".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void saysThatTheDiskIsFullNamingTheFile() {
        assertThatThrownBy(() -> AtomicFile.write(Path.of("/dev/full"), out -> out.write(new byte[1 << 17])))
                .isInstanceOf(UnusableInputException.class).hasMessage("cannot write /dev/full: no space left on device");
    }

    @Test
    void writesThroughASymbolicLinkToTheFileItNames() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("report.json"), Path.of("real.json"));

        AtomicFile.write(link, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(folder.resolve("real.json")).hasContent("{}");
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces() throws Exception {
        Path report = Files.writeString(folder.resolve("report.json"), "old", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-------"));

        AtomicFile.write(report, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(report).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-------");
    }

    @Test
    void refusesAnExistingFolderBeforeAnyWork() {
        assertThatThrownBy(() -> OutputTarget.of(folder)).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("it is a folder");
    }

    @Test
    void refusesAnOutputThatIsAnInputEvenThroughALink() throws Exception {
        Path input = Files.writeString(folder.resolve("offres.csv"), "x", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(folder.resolve("rejects.csv"), input.getFileName());

        assertThatThrownBy(() -> OutputTarget.refuseClashes(List.of(OutputTarget.of(input)), List.of(input)))
                .isInstanceOf(UnusableInputException.class).hasMessageContaining("also an input");
        assertThatThrownBy(() -> OutputTarget.refuseClashes(List.of(OutputTarget.of(link)), List.of(input)))
                .isInstanceOf(UnusableInputException.class).hasMessageContaining("also an input");
        assertThat(input).hasContent("x");
    }

    @Test
    void refusesTwoOutputsToOneFile() {
        Path report = folder.resolve("out.json");

        assertThatThrownBy(() -> OutputTarget.refuseClashes(List.of(OutputTarget.of(report), OutputTarget.of(report)),
                List.of())).isInstanceOf(UnusableInputException.class).hasMessageContaining("twice");
    }
}
