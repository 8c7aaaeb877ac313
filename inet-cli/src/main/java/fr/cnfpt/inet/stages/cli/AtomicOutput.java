package fr.cnfpt.inet.stages.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written progressively and published all at once: written to a temporary file in the
 * target's folder, moved over the target by {@link #commit()}; dropped by {@link #close()} if not
 * committed, so an interrupted run never leaves a half-written file.
 */
final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream out) {
        this.target = target;
        this.temp = temp;
        this.out = out;
    }

    static AtomicOutput open(Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path temp = TempFiles.beside(absolute);
            return new AtomicOutput(absolute, temp, new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + target + ": " + e.getMessage());
        }
    }

    OutputStream stream() {
        return out;
    }

    Path target() {
        return target;
    }

    /** Closes the temporary file; the target is not touched until {@link #commit()}. */
    void finish() throws IOException {
        out.close();
    }

    void commit() {
        try {
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + target + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the temporary file is deleted below
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the temporary file is hidden and named after the target
            }
        }
    }
}
