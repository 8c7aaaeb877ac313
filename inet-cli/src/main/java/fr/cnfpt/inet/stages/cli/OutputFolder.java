package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A folder of outputs replaced as a unit (the dataset of {@code inet import}, the reports of
 * {@code inet stats}): it always holds exactly one run's complete output.
 * <ul>
 * <li>The run writes every file into a hidden sibling folder ({@code .dataset.new-PID-N}), then
 * swaps it into place by two renames: the old folder aside ({@code .dataset.old-PID-N}), the new one
 * in. The old one is then deleted: no file of an earlier run is left.</li>
 * <li>A run killed before the swap leaves its hidden folder, which the next run deletes; one killed
 * between the two renames leaves no {@code dataset} but both hidden folders, and the next run
 * finishes the swap before it starts.</li>
 * <li>Two runs never write one folder at the same time: a run holds a lock on a hidden file beside
 * the folder ({@code .dataset.lock}, locked by the operating system, so a killed run holds it no
 * more) and a second run is refused at once, naming the folder.</li>
 * <li>A folder holding files this run would not write (the user's own) is refused rather than
 * replaced, and so is a folder that holds one of the run's inputs.</li>
 * </ul>
 */
final class OutputFolder implements AutoCloseable {

    private static final AtomicLong COUNTER = new AtomicLong();

    private final String given;
    private final Path folder;
    private final Path staging;
    private final FileChannel lockFile;
    private final FileLock lock;
    private boolean committed;

    private OutputFolder(String given, Path folder, Path staging, FileChannel lockFile, FileLock lock) {
        this.given = given;
        this.folder = folder;
        this.staging = staging;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Takes a folder for this run: refuses it if it is not a folder of outputs of this kind or is in
     * use by another run, finishes or drops what killed runs left, and opens the new folder to write.
     *
     * @param given  the folder as the user gave it, not null
     * @param ours  tells the names of files this kind of folder holds: anything else is the user's
     * @param inputs  the run's input files: none may be inside the folder
     * @return the folder, to write in with {@link #file(String)}, not null
     * @throws UnusableInputException if the folder cannot be taken
     */
    static OutputFolder open(Path given, Predicate<String> ours, List<Path> inputs) {
        Path folder = resolve(given);
        Path parent = folder.getParent();
        if (parent == null) {
            throw new UnusableInputException("cannot write in " + given + ": give a folder of its own");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UnusableInputException("cannot write in " + given + ": it is a file, not a folder");
        }
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().startsWith(folder) || realPath(input).startsWith(folder)) {
                throw new UnusableInputException("cannot write in " + given + ": it holds the input " + input
                        + ", which the new folder would replace; choose another folder");
            }
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(parent);
            channel = FileChannel.open(parent.resolve("." + folder.getFileName() + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new UnusableInputException("cannot write in " + given + ": another inet run is writing it; wait"
                        + " for it to end, or choose another folder");
            }
            recover(folder);
            refuseOthers(given, folder, ours);
            Path staging = parent.resolve("." + folder.getFileName() + ".new-" + ProcessHandle.current().pid() + "-"
                    + COUNTER.incrementAndGet());
            Litter.pending(staging);
            Files.createDirectory(staging);
            Litter.sweep(parent);
            return new OutputFolder(given.toString(), folder, staging, channel, lock);
        } catch (IOException e) {
            close(channel);
            throw new UnusableInputException("cannot write in " + given + ": " + IoFailures.describe(e));
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /**
     * Names a file of the new folder, to write to.
     *
     * @param name  the file's name, not null
     * @return the file in the new folder, not yet published
     */
    Path file(String name) {
        return staging.resolve(name);
    }

    /** @return the folder as the user gave it */
    String given() {
        return given;
    }

    /**
     * Swaps the new folder into place, with the permissions of the folder it replaces, and deletes
     * the old one.
     *
     * @throws UnusableInputException if the folder cannot be swapped (the old one then stands)
     */
    void commit() {
        String pid = ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
        Path old = folder.resolveSibling("." + folder.getFileName() + ".old-" + pid);
        synchronized (Litter.SWAP) {
            try {
                if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                    AtomicOutput.keepPermissions(staging, folder);
                    Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
                }
                try {
                    Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                        Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
                    }
                    throw e;
                }
                Litter.done(staging);
                committed = true;
            } catch (IOException e) {
                throw new UnusableInputException("cannot write in " + given + ": " + IoFailures.describe(e));
            }
        }
        Litter.delete(old);
    }

    /** Drops the new folder if it was not swapped in, and lets other runs take the folder. */
    @Override
    public void close() {
        if (!committed) {
            Litter.delete(staging);
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // released when the channel closes
        }
        close(lockFile);
    }

    /**
     * Puts right what runs killed while writing this folder left: finishes a swap stopped between
     * its two renames (the new folder was complete: the old one was set aside only after), restores
     * an old folder set aside without a new one, deletes the rest. Called with the lock held: no
     * live run is writing the folder.
     */
    private static void recover(Path folder) throws IOException {
        String prefix = "." + folder.getFileName();
        List<Path> news = new ArrayList<>();
        List<Path> olds = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.getParent(), prefix + ".*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix + ".new-")) {
                    news.add(entry);
                } else if (name.startsWith(prefix + ".old-")) {
                    olds.add(entry);
                }
            }
        }
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            Path old = olds.get(0);
            String run = old.getFileName().toString().substring(prefix.length() + ".old-".length());
            Path interrupted = folder.resolveSibling(prefix + ".new-" + run);
            if (news.remove(interrupted)) {
                // The new folder of the run that set the old one aside was complete: finish that swap.
                Files.move(interrupted, folder, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
                olds.remove(old);
            }
        }
        news.forEach(Litter::delete);
        olds.forEach(Litter::delete);
    }

    private static void refuseOthers(Path given, Path folder, Predicate<String> ours) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String file = entry.getFileName().toString();
                if (!ours.test(file) || Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    throw new UnusableInputException("cannot write in " + given + ": it holds " + file + ", which this"
                            + " command does not write, and the folder is replaced as a whole; choose a new or empty"
                            + " folder");
                }
            }
        }
    }

    private static Path resolve(Path given) {
        Path folder = given.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(folder)) {
                return folder.toRealPath();
            }
        } catch (IOException e) {
            // a dangling link: refused below as not a folder
        }
        return folder;
    }

    private static Path realPath(Path input) {
        try {
            return input.toRealPath();
        } catch (IOException e) {
            return input.toAbsolutePath().normalize();
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }
}
