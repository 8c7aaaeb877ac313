package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later edition supplied as data, through the shaded jar: export, edit, use. */
class EditionFileIT {

    @TempDir
    Path folder;

    @Test
    void exportsTheEditionAndReadsAnEditedOneBack() throws Exception {
        Path file = folder.resolve("edition-2027-2028.json");
        InetJar.Result export = InetJar.run("edition", "-o", file.toString());
        assertThat(export.exitCode()).isZero();
        assertThat(export.err()).isEmpty();
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(file);
        }

        String edited = Files.readString(file, StandardCharsets.UTF_8)
                .replace("\"cohort\" : 2026", "\"cohort\" : 2027")
                .replace("\"weeks\" : 13", "\"weeks\" : 12");
        Files.writeString(file, edited, StandardCharsets.UTF_8);

        InetJar.Result stages = InetJar.run("stages", "--edition", file.toString(), "--corps", "administrateur");
        assertThat(stages.exitCode()).isZero();
        assertThat(stages.out()).contains("Édition 2027-2028", "(PROFESSIONNALISATION), 12 semaines");
    }

    @Test
    void reportsAnInvalidEditionFileOnOneLineWithExitCode2() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"format\": 1, \"cohort\": 2027, \"title\": {\"fr\": \"Titre\"}}", StandardCharsets.UTF_8);
        InetJar.Result result = InetJar.run("corps", "--edition", file.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("inet: " + file).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.err().strip().lines()).hasSize(1);
    }

    @Test
    void reportsAMissingEditionFile() throws Exception {
        InetJar.Result result = InetJar.run("corps", "--edition", folder.resolve("absent.json").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("cannot read edition file").contains("absent.json");
    }
}
