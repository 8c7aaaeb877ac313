package fr.cnfpt.inet.stages.cli.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run's own temporary folder, {@code inet-PID} in the system's one: set as {@code java.io.tmpdir}
 * before anything is loaded, so that what the JDK and the libraries write there (the JDK's copies
 * of the fonts it embeds in PDFs, POI's spooled parts of large workbooks) goes into it and is
 * deleted with it when the run ends, even by a signal. The folders of runs that were killed outright
 * are deleted by the next run.
 */
public final class PrivateTemp {

    private static final String PREFIX = "inet-";

    private PrivateTemp() {
    }

    /**
     * Creates the run's temporary folder and makes it the JVM's; sweeps those of dead runs. Does
     * nothing if the system's temporary folder cannot be written (the JVM's stays).
     */
    public static void use() {
        Path system = Path.of(System.getProperty("java.io.tmpdir"));
        sweep(system);
        Path own = system.resolve(PREFIX + ProcessHandle.current().pid());
        try {
            Litter.delete(own);
            Files.createDirectory(own);
        } catch (IOException | RuntimeException e) {
            return;
        }
        Litter.pending(own);
        System.setProperty("java.io.tmpdir", own.toString());
    }

    private static void sweep(Path system) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(system, PREFIX + "*")) {
            for (Path entry : entries) {
                String pid = entry.getFileName().toString().substring(PREFIX.length());
                if (!pid.isEmpty() && pid.length() < 19 && pid.chars().allMatch(Character::isDigit)
                        && Files.isDirectory(entry) && Litter.isLeftByDeadRun(Long.parseLong(pid), entry)) {
                    Litter.delete(entry);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable temporary folder is not swept
        }
    }
}
