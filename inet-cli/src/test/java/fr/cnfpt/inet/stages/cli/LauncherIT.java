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
        // -Xshare:on: the JVM stops if the archive does not fit, instead of running without it.
        InetJar.Result result = InetJar.runCommand(List.of("env", "INET_JAVA_OPTS=-Xshare:on",
                FOLDER.resolve("inet").toString(), "validate",
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

    /** Java 17 checks the jar's path, size and date against the archive's: a copied folder needs a new one. */
    @Test
    void recordsTheArchiveAgainWhereTheJarWasCopied(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Files.copy(FOLDER.resolve("inet"), folder.resolve("inet"));
        Files.copy(InetJar.jar(), folder.resolve("inet.jar"));
        Files.copy(FOLDER.resolve("inet.jsa"), folder.resolve("inet.jsa"));
        folder.resolve("inet").toFile().setExecutable(true);
        List<String> withArchiveRequired = List.of("env", "INET_JAVA_OPTS=-Xshare:on", folder.resolve("inet").toString(),
                "--version");
        assertThat(InetJar.runCommand(withArchiveRequired).exitCode()).as("the build's archive, copied").isNotZero();

        InetJar.Result recorded = InetJar.runCommand(List.of(folder.resolve("inet").toString(), "--record-archive"));

        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        assertThat(recorded.out().strip()).isEqualTo(folder.toRealPath().resolve("inet.jsa").toString());
        assertThat(recorded.err()).isEmpty();
        InetJar.Result version = InetJar.runCommand(withArchiveRequired);
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("inet ");
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("inet", "inet.jar", "inet.jsa");
    }
}
