package fr.cnfpt.inet.stages.cli.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files and folders of a run: deleted when the run ends, whether it ends normally,
 * by an error or by a signal (SIGTERM, SIGINT: the JVM's shutdown hooks run); those of runs that
 * were killed outright ({@code kill -9}, a power cut) are swept by the next run that writes in the
 * same folder. Every temporary name carries the process id of its run, so a sweep deletes only what
 * a dead process left: a process that is gone, or whose id was taken by a process started after
 * the file was last written.
 * <p>
 * A folder being swapped into place ({@link OutputFolder}) holds {@link #SWAP} meanwhile, so that
 * the clean-up of a signal never runs in the middle of a swap. The same clean-up removes the run's
 * private temporary folder ({@link PrivateTemp}), where the JDK and the libraries put their own
 * temporary files (font copies, spooled workbook parts).
 * <p>
 * This class is thread-safe.
 */
public final class Litter {

    /** Held while a folder is swapped into place; the clean-up waits for it. */
    static final Object SWAP = new Object();

    /**
     * {@code .NAME.PID-CLOCK-N.tmp}: a file being written ({@link TempFiles}). The hidden folders of
     * {@link OutputFolder} are not swept here: a killed swap is finished by the next run of its folder.
     */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d+)-[0-9a-f]+-\\d+\\.tmp");
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private Litter() {
    }

    /**
     * Registers a temporary file or folder of this run, to delete if the run ends before it is
     * published.
     *
     * @param path  the file or folder
     */
    static void pending(Path path) {
        if (!hooked) {
            hook();
        }
        PENDING.add(path);
    }

    /**
     * Says a temporary file or folder was published (moved into place) or deleted.
     *
     * @param path  the file or folder
     */
    static void done(Path path) {
        PENDING.remove(path);
    }

    /**
     * Deletes a file, or a folder and what it holds; says nothing if it cannot.
     *
     * @param path  the file or folder
     */
    static void delete(Path path) {
        try {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                        Files.deleteIfExists(folder);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // What cannot be deleted now is swept by a later run.
        }
        PENDING.remove(path);
    }

    /**
     * Deletes, in a folder, the temporary files and folders left by runs that are dead.
     *
     * @param folder  the folder where this run is about to write
     */
    static void sweep(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*")) {
            for (Path entry : entries) {
                Matcher name = TEMPORARY.matcher(entry.getFileName().toString());
                if (name.matches()) {
                    long pid = Long.parseLong(name.group(1));
                    if (isLeftByDeadRun(pid, entry)) {
                        delete(entry);
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // A folder that cannot be listed is not swept: the run goes on.
        }
    }

    /**
     * Tells whether a file named after a process was left by a run that is over: no process has
     * that id, or the process that has it started after the file was last written.
     *
     * @param pid  the process id in the file's name
     * @param path  the file or folder
     * @return true if no live run can be writing it
     */
    static boolean isLeftByDeadRun(long pid, Path path) {
        if (pid == ProcessHandle.current().pid()) {
            return !PENDING.contains(path);
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = process.get().info().startInstant();
        try {
            FileTime written = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
            return started.isPresent() && started.get().isAfter(written.toInstant());
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(Litter::clean, "inet-clean-up"));
            hooked = true;
        }
    }

    /** Deletes what this run has not published; waits for a swap under way to end first. */
    private static void clean() {
        synchronized (SWAP) {
            for (Path path : Set.copyOf(PENDING)) {
                delete(path);
            }
        }
    }
}
