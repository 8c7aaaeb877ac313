package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The launcher script written next to the shaded jar, with its class-data sharing archive. The
 * launcher is a POSIX shell script (on Windows, run {@code java -jar inet.jar}), so these tests do not
 * run there.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path FOLDER = InetJar.jar().toAbsolutePath().getParent();

    @Test
    void buildWritesAnExecutableLauncherAndItsArchiveNextToTheJar() {
        assertThat(FOLDER.resolve("inet")).isExecutable();
        assertThat(FOLDER.resolve("inet.jsa")).isNotEmptyFile();
    }

    @Test
    void launcherRunsTheJarWithTheArchiveAndPrintsNothingElse() throws Exception {
        InetJar.Result result = InetJar.runCommand(List.of(FOLDER.resolve("inet").toString(), "validate",
                Path.of("../docs/samples/offres-excel.csv").toAbsolutePath().toString(),
                "--no-progress"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith(Path.of("../docs/samples/offres-excel.csv").toAbsolutePath()
                + " (offers, csv, windows-1252): 8 lignes = 8 acceptées");
        assertThat(result.out() + result.err()).doesNotContain("cds").doesNotContain("warning");
    }

    @Test
    void launcherIgnoresAnArchiveThatDoesNotFitTheJarSilently(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Files.copy(FOLDER.resolve("inet"), folder.resolve("inet"));
        Files.copy(InetJar.jar(), folder.resolve("inet.jar"));
        Files.writeString(folder.resolve("inet.jsa"), "not an archive");
        folder.resolve("inet").toFile().setExecutable(true);

        InetJar.Result result = InetJar.runCommand(List.of(folder.resolve("inet").toString(), "--version"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("inet ");
        assertThat(result.out() + result.err()).doesNotContain("cds").doesNotContain("archive");
    }
}
