package fr.cnfpt.inet.stages.cli.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates the temporary file an output is written to before it is moved over its target: in the
 * target's folder (so that the move is atomic), hidden, named after the target.
 * <p>
 * Not {@link Files#createTempFile}: its owner-only permissions would stay on the result, and its
 * random name costs the start of the JDK's secure random generator (about 20 ms of a short run).
 * The file is created with the permissions of any new file (umask); its name joins the process id,
 * the clock and a counter, and the creation fails rather than reuse an existing file, so two runs
 * writing to the same folder never share one.
 */
public final class TempFiles {

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final int ATTEMPTS = 100;

    private TempFiles() {
    }

    /**
     * Creates a new empty file beside the target.
     *
     * @param target  the output's absolute path, whose folder exists
     * @return the new file
     * @throws IOException if the file cannot be created
     */
    static Path beside(Path target) throws IOException {
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-";
        FileAlreadyExistsException taken = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Path temp = target.resolveSibling(prefix + Long.toHexString(System.nanoTime()) + "-"
                    + COUNTER.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                taken = e;
            }
        }
        throw taken;
    }
}
