package fr.cnfpt.inet.stages.cli.files;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;

/**
 * Where the user asked an output file to go, and how it is written there:
 * <ul>
 * <li>{@code -}, {@code /dev/stdout}, {@code /dev/fd/1}: standard output, as is;</li>
 * <li>a device ({@code /dev/null}), a named pipe, any path under {@code /dev/} or {@code /proc/}:
 * written directly, never replaced by a file;</li>
 * <li>a file, new or existing: written whole beside it then moved over it ({@link AtomicOutput}),
 * through symbolic links to the file they name (the links stay), keeping an existing file's
 * permissions.</li>
 * </ul>
 * An existing folder is refused at once, before any work is done.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OutputTarget {

    /** How an output is written. */
    enum Kind {
        /** The process's standard output. */
        STANDARD_OUTPUT,
        /** The process's standard error. */
        STANDARD_ERROR,
        /** A device, pipe or process file: opened and written in place. */
        STREAM,
        /** A regular file, replaced whole. */
        FILE
    }

    private static final int MAX_LINKS = 40;

    private final String given;
    private final Path path;
    private final Kind kind;

    private OutputTarget(String given, Path path, Kind kind) {
        this.given = given;
        this.path = path;
        this.kind = kind;
    }

    /**
     * Finds where an output path leads.
     *
     * @param given  the path as the user gave it, {@code -} for standard output, not null
     * @return the target, not null
     * @throws UnusableInputException if the path is an existing folder, or a loop of links
     */
    public static OutputTarget of(Path given) {
        String text = Objects.requireNonNull(given, "given").toString();
        if (text.equals("-")) {
            return new OutputTarget(text, null, Kind.STANDARD_OUTPUT);
        }
        Path path = given.toAbsolutePath().normalize();
        for (int links = 0; ; links++) {
            String name = path.toString();
            if (name.equals("/dev/stdout") || name.equals("/dev/fd/1") || name.equals("/proc/self/fd/1")) {
                return new OutputTarget(text, path, Kind.STANDARD_OUTPUT);
            }
            if (name.equals("/dev/stderr") || name.equals("/dev/fd/2") || name.equals("/proc/self/fd/2")) {
                return new OutputTarget(text, path, Kind.STANDARD_ERROR);
            }
            if (name.startsWith("/dev/") || name.startsWith("/proc/")) {
                return new OutputTarget(text, path, Kind.STREAM);
            }
            if (!Files.isSymbolicLink(path)) {
                break;
            }
            if (links == MAX_LINKS) {
                throw new UnusableInputException("cannot write " + text + ": too many levels of symbolic links");
            }
            try {
                path = path.resolveSibling(Files.readSymbolicLink(path)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new UnusableInputException("cannot write " + text + ": " + IoFailures.describe(e));
            }
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnusableInputException("cannot write " + text + ": it is a folder; give a file name");
        }
        boolean other = Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
        return new OutputTarget(text, path, other ? Kind.STREAM : Kind.FILE);
    }

    /**
     * Refuses an output that is one of the run's inputs, or another of its outputs: writing it
     * would destroy what is being read.
     *
     * @param outputs  the run's outputs, not null
     * @param inputs  the files the run reads, not null
     * @throws UnusableInputException if an output is an input or two outputs are the same file
     */
    public static void refuseClashes(Collection<OutputTarget> outputs, Collection<Path> inputs) {
        java.util.List<OutputTarget> seen = new java.util.ArrayList<>();
        for (OutputTarget output : outputs) {
            if (output.kind != Kind.FILE) {
                continue;
            }
            for (Path input : inputs) {
                if (same(output.path, input)) {
                    throw new UnusableInputException("cannot write " + output.given + ": it is also an input ("
                            + input + "), which it would replace; choose another file");
                }
            }
            for (OutputTarget other : seen) {
                if (same(output.path, other.path)) {
                    throw new UnusableInputException("cannot write " + output.given + " twice (also given as "
                            + other.given + "); choose two files");
                }
            }
            seen.add(output);
        }
    }

    /** @return the path as the user gave it, for messages */
    public String given() {
        return given;
    }

    /** @return the file written: for a file, the one the links lead to */
    Path path() {
        return path;
    }

    Kind kind() {
        return kind;
    }

    /** @return true if the output is one of the process's standard streams */
    public boolean isStandardStream() {
        return kind == Kind.STANDARD_OUTPUT || kind == Kind.STANDARD_ERROR;
    }

    @Override
    public String toString() {
        return given;
    }

    private static boolean same(Path output, Path input) {
        Path absolute = input.toAbsolutePath().normalize();
        if (absolute.equals(output)) {
            return true;
        }
        try {
            return Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input);
        } catch (IOException e) {
            return false;
        }
    }
}
