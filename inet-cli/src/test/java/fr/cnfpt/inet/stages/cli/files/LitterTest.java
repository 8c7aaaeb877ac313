package fr.cnfpt.inet.stages.cli.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LitterTest {

    @TempDir
    Path folder;

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    @Test
    void sweepsTheTemporaryFilesOfARunThatIsDead() throws Exception {
        Path left = Files.createFile(folder.resolve(".offers.jsonl." + deadPid() + "-18c3f-1.tmp"));

        Litter.sweep(folder);

        assertThat(left).doesNotExist();
    }

    @Test
    void keepsTheTemporaryFilesOfARunThatIsAlive() throws Exception {
        Process alive = new ProcessBuilder("sleep", "30").start();
        try {
            Path writing = Files.createFile(folder.resolve(".report.json." + alive.pid() + "-18c3f-1.tmp"));

            Litter.sweep(folder);

            assertThat(writing).exists();
        } finally {
            alive.destroyForcibly();
        }
    }

    @Test
    void keepsTheFilesThisRunIsWritingAndOtherHiddenFiles() throws Exception {
        Path mine = TempFiles.beside(folder.resolve("report.json"));
        Litter.pending(mine);
        Path user = Files.createFile(folder.resolve(".profile"));

        Litter.sweep(folder);

        assertThat(mine).exists();
        assertThat(user).exists();
        Litter.delete(mine);
    }
}
