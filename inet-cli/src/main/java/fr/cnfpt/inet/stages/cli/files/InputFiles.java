package fr.cnfpt.inet.stages.cli.files;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that what the user gave as an input is a file the run can read, and says what it is when
 * it is not: missing, a folder, a named pipe, a device or socket, or not readable.
 */
public final class InputFiles {

    /** The file-type bits of a Unix mode. */
    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private InputFiles() {
    }

    /**
     * Requires a readable regular file.
     *
     * @param path  the path given, not null
     * @return the path
     * @throws UnusableInputException naming what the path is, if not a readable file
     */
    public static Path requireReadable(Path path) {
        return requireReadable(path, "");
    }

    /**
     * Requires a readable regular file, named in messages after what it holds.
     *
     * @param path  the path given, not null
     * @param what  what the file holds, such as {@code "edition file "}, or empty, not null
     * @return the path
     * @throws UnusableInputException naming what the path is, if not a readable file
     */
    public static Path requireReadable(Path path, String what) {
        String cannot = "cannot read " + what + path + ": ";
        if (Files.isRegularFile(path)) {
            if (!Files.isReadable(path)) {
                throw new UnusableInputException(cannot + "permission denied");
            }
            return path;
        }
        if (Files.isDirectory(path)) {
            throw new UnusableInputException(cannot + "it is a folder, not a file; give the files it holds (such as "
                    + path.resolve("*.csv") + ")");
        }
        if (!Files.exists(path)) {
            throw new UnusableInputException(cannot + "no such file");
        }
        throw new UnusableInputException(cannot + "it is " + kind(path) + ", not a file; save its content to a file"
                + " and give that file");
    }

    private static String kind(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & TYPE) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | RuntimeException e) {
            return "not a regular file";
        }
    }
}
