package fr.cnfpt.inet.stages.cli.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {

    @TempDir
    Path folder;

    @Test
    void createsAnEmptyHiddenFileBesideTheTargetNamedAfterIt() throws Exception {
        Path target = folder.resolve("brochure-2026-2027-fr.pdf");

        Path temp = TempFiles.beside(target);

        assertThat(temp.getParent()).isEqualTo(folder);
        assertThat(temp.getFileName().toString()).startsWith(".brochure-2026-2027-fr.pdf.").endsWith(".tmp");
        assertThat(temp).isEmptyFile();
        assertThat(target).doesNotExist();
    }

    @Test
    void neverGivesTheSameFileTwice() throws Exception {
        Path target = folder.resolve("report.json");
        Set<Path> files = new HashSet<>();

        for (int i = 0; i < 200; i++) {
            files.add(TempFiles.beside(target));
        }

        assertThat(files).hasSize(200).allSatisfy(file -> assertThat(file).exists());
    }

    @Test
    void givesTheFileThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "permissions are POSIX ones: this file system has none");
        Path ordinary = Files.createFile(folder.resolve("ordinary"));

        Path temp = TempFiles.beside(folder.resolve("offers.jsonl"));

        assertThat(Files.getPosixFilePermissions(temp)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }
}
