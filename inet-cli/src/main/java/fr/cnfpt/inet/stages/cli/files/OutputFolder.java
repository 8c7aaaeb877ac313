package fr.cnfpt.inet.stages.cli.files;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A folder of outputs replaced as a unit (the dataset of {@code inet import}, the reports of
 * {@code inet stats}): at every moment, even if a run is killed, it holds exactly one run's complete
 * output.
 * <ul>
 * <li>Each run writes a new generation of the folder, a hidden sibling ({@code .dataset.gen-PID-N}),
 * then makes {@code dataset} a symbolic link to it with one atomic rename, the way atomic
 * deployments switch releases. The previous generation is then deleted: no file of an earlier
 * run is left. Reading {@code dataset/offers.jsonl} follows the link; to copy the folder, copy
 * what it links to ({@code cp -rL}).</li>
 * <li>A run killed before the rename leaves a generation that no link names: the next run deletes
 * it. A folder that is not yet a link (made by the user, or by an earlier version) is set aside
 * and replaced by the link with two renames; a run killed between them is finished by the next.
 * Where symbolic links cannot be made, every swap is done that way.</li>
 * <li>Two runs never write one folder at the same time: a run holds a lock on a hidden file beside
 * the folder ({@code .dataset.lock}, locked by the operating system, so a killed run holds it no
 * more) and a second run is refused at once, naming the folder.</li>
 * <li>A folder holding files this command would not write (the user's own) is refused rather than
 * replaced, and so is a folder that holds one of the run's inputs.</li>
 * </ul>
 */
public final class OutputFolder implements AutoCloseable {

    private static final AtomicLong COUNTER = new AtomicLong();

    private final String given;
    private final Path folder;
    private final Path generation;
    private final FileChannel lockFile;
    private final FileLock lock;
    private boolean committed;

    private OutputFolder(String given, Path folder, Path generation, FileChannel lockFile, FileLock lock) {
        this.given = given;
        this.folder = folder;
        this.generation = generation;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Takes a folder for this run: refuses it if it holds what this command does not write, holds an
     * input, or is in use by another run; puts right what killed runs left; opens a new generation.
     *
     * @param given  the folder as the user gave it, not null
     * @param ours  tells the names of files this kind of folder holds: anything else is the user's
     * @param inputs  the run's input files: none may be inside the folder
     * @return the folder, to write in with {@link #file(String)}, not null
     * @throws UnusableInputException if the folder cannot be taken
     */
    public static OutputFolder open(Path given, Predicate<String> ours, List<Path> inputs) {
        Path folder = resolve(given);
        Path parent = folder.getParent();
        if (parent == null || folder.getFileName().toString().startsWith(".")) {
            throw new UnusableInputException("cannot write in " + given + ": give a folder of its own, such as "
                    + Path.of("dataset"));
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UnusableInputException("cannot write in " + given + ": it is a file, not a folder");
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(parent);
            channel = FileChannel.open(parent.resolve(hidden(folder, "lock")), StandardOpenOption.CREATE,
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
            refuseInputs(given, folder, inputs);
            refuseOthers(given, folder, ours);
            Path generation = parent.resolve(hidden(folder, "gen-" + run()));
            Litter.pending(generation);
            Files.createDirectory(generation);
            return new OutputFolder(given.toString(), folder, generation, channel, lock);
        } catch (IOException e) {
            close(channel);
            throw new UnusableInputException("cannot write in " + given + ": " + IoFailures.describe(e));
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /**
     * Names a file of the new generation, to write to.
     *
     * @param name  the file's name, not null
     * @return the file, not yet published
     */
    public Path file(String name) {
        return generation.resolve(name);
    }

    /**
     * Publishes the new generation, with the permissions of the folder it replaces, and deletes the
     * previous one.
     *
     * @throws UnusableInputException if it cannot be published (the previous one then stands)
     */
    public void commit() {
        Path previous;
        synchronized (Litter.SWAP) {
            try {
                previous = current(folder);
                if (previous != null) {
                    AtomicOutput.keepPermissions(generation, previous);
                }
                if (Files.isSymbolicLink(folder) || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                    Path link = link(folder, generation);
                    if (link != null) {
                        Files.move(link, folder, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        Files.deleteIfExists(folder);
                        Files.move(generation, folder, StandardCopyOption.ATOMIC_MOVE);
                    }
                } else {
                    previous = setAside(folder);
                }
                Litter.done(generation);
                committed = true;
            } catch (IOException e) {
                throw new UnusableInputException("cannot write in " + given + ": " + IoFailures.describe(e));
            }
        }
        if (previous != null && !previous.equals(generation)) {
            Litter.delete(previous);
        }
    }

    /** Drops the new generation if it was not published, and lets other runs take the folder. */
    @Override
    public void close() {
        if (!committed) {
            Litter.delete(generation);
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // released when the channel closes
        }
        close(lockFile);
    }

    /**
     * Replaces a real folder (not a link) by the new generation: the link to it, or the generation
     * itself where links cannot be made. Two renames: the folder aside as {@code .NAME.old-RUN}, the
     * new one in; {@link #recover} finishes a run killed between them.
     *
     * @return the folder set aside, to delete
     */
    private Path setAside(Path folder) throws IOException {
        String run = run();
        Path old = folder.resolveSibling(hidden(folder, "old-" + run));
        Path link = link(folder, generation, hidden(folder, "link-" + run));
        Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(link != null ? link : generation, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        return old;
    }

    /**
     * Puts right what killed runs left, with the lock held (no live run writes the folder): finishes a
     * swap stopped between its two renames, then deletes every hidden generation, link or folder set
     * aside that the folder does not name.
     */
    private static void recover(Path folder) throws IOException {
        String prefix = hidden(folder, "");
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> olds = Files.newDirectoryStream(folder.getParent(), prefix + "old-*")) {
                for (Path old : olds) {
                    String run = old.getFileName().toString().substring((prefix + "old-").length());
                    Path link = folder.resolveSibling(prefix + "link-" + run);
                    Path generation = folder.resolveSibling(prefix + "gen-" + run);
                    // The new generation of the run that set the folder aside was complete: finish that swap.
                    Path finished = Files.exists(link, LinkOption.NOFOLLOW_LINKS) ? link
                            : Files.isDirectory(generation, LinkOption.NOFOLLOW_LINKS) ? generation : old;
                    Files.move(finished, folder, StandardCopyOption.ATOMIC_MOVE);
                    break;
                }
            }
        }
        Path current = current(folder);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.getParent(), prefix + "*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean ours = name.startsWith(prefix + "gen-") || name.startsWith(prefix + "old-")
                        || name.startsWith(prefix + "link-");
                if (ours && !entry.equals(current)) {
                    Litter.delete(entry);
                }
            }
        }
    }

    /** @return the folder holding the current outputs: the generation the link names, or the folder; null if none */
    private static Path current(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            Path generation = folder.resolveSibling(Files.readSymbolicLink(folder)).normalize();
            return Files.isDirectory(generation, LinkOption.NOFOLLOW_LINKS) ? generation : null;
        }
        return Files.isDirectory(folder) ? folder : null;
    }

    /** Makes a hidden link to the generation beside the folder; null where links cannot be made. */
    private static Path link(Path folder, Path generation) {
        return link(folder, generation, hidden(folder, "link-" + run()));
    }

    private static Path link(Path folder, Path generation, String name) {
        Path link = folder.resolveSibling(name);
        try {
            return Files.createSymbolicLink(link, generation.getFileName());
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static void refuseInputs(Path given, Path folder, List<Path> inputs) throws IOException {
        Path current = current(folder);
        for (Path input : inputs) {
            Path file = realPath(input);
            if (input.toAbsolutePath().normalize().startsWith(folder) || current != null && file.startsWith(
                    current.toRealPath())) {
                throw new UnusableInputException("cannot write in " + given + ": it holds the input " + input
                        + ", which the new folder would replace; choose another folder");
            }
        }
    }

    private static void refuseOthers(Path given, Path folder, Predicate<String> ours) throws IOException {
        Path current = current(folder);
        if (current == null) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(current)) {
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

    /**
     * The folder to manage: the path given, or where the user's own links lead, up to a folder or to
     * one of our links (a link to a generation of its own name).
     */
    private static Path resolve(Path given) {
        Path folder = given.toAbsolutePath().normalize();
        try {
            for (int links = 0; links < 40 && Files.isSymbolicLink(folder); links++) {
                Path target = Files.readSymbolicLink(folder);
                if (target.getNameCount() == 1 && target.toString().startsWith(hidden(folder, "gen-"))) {
                    return folder;
                }
                folder = folder.resolveSibling(target).toAbsolutePath().normalize();
            }
        } catch (IOException e) {
            // an unreadable link: taken as it is
        }
        return folder;
    }

    private static String hidden(Path folder, String what) {
        return "." + folder.getFileName() + "." + what;
    }

    private static String run() {
        return ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
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
