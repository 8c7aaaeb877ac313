package fr.cnfpt.inet.stages.cli.files;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An output file written progressively and published all at once ({@link OutputTarget}): a file
 * is written to a temporary file beside it, then moved over it by {@link #commit()}, taking the
 * permissions of the file it replaces; it is dropped by {@link #close()} if not committed (and by
 * the run's clean-up if the run is stopped), so an interrupted run never leaves a half-written
 * file. Standard output, devices and pipes are written in place.
 * <p>
 * The stream remembers the first failure to write ({@link #failure()}): a full disk is told apart
 * from a failure of the work that produced the content.
 */
public final class AtomicOutput implements AutoCloseable {

    private final OutputTarget target;
    private final Path temp;
    private final Recording out;
    private boolean committed;

    private AtomicOutput(OutputTarget target, Path temp, OutputStream out) {
        this.target = target;
        this.temp = temp;
        this.out = new Recording(out);
    }

    public static AtomicOutput open(Path target) {
        return open(OutputTarget.of(target));
    }

    public static AtomicOutput open(OutputTarget target) {
        try {
            switch (target.kind()) {
                case STANDARD_OUTPUT:
                    return new AtomicOutput(target, null, new Unclosed(new FileOutputStream(FileDescriptor.out)));
                case STANDARD_ERROR:
                    return new AtomicOutput(target, null, new Unclosed(new FileOutputStream(FileDescriptor.err)));
                case STREAM:
                    return new AtomicOutput(target, null, new BufferedOutputStream(Files.newOutputStream(target.path(),
                            StandardOpenOption.WRITE, StandardOpenOption.APPEND), 1 << 16));
                default:
                    Path file = target.path();
                    Files.createDirectories(file.getParent());
                    Litter.sweep(file.getParent());
                    Path temp = TempFiles.beside(file);
                    Litter.pending(temp);
                    return new AtomicOutput(target, temp, new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
            }
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + target + ": " + IoFailures.describe(e));
        }
    }

    public OutputStream stream() {
        return out;
    }

    public OutputTarget target() {
        return target;
    }

    /** @return the first failure to write, or null */
    public IOException failure() {
        return out.failure;
    }

    /**
     * Publishes the file: closes it, gives it the permissions of the file it replaces, and moves
     * it over the target.
     *
     * @throws UnusableInputException if it cannot be written or moved
     */
    public void commit() {
        try {
            out.close();
            if (temp != null) {
                keepPermissions(temp, target.path());
                try {
                    Files.move(temp, target.path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target.path(), StandardCopyOption.REPLACE_EXISTING);
                }
                Litter.done(temp);
            }
            committed = true;
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + target + ": " + IoFailures.describe(
                    out.failure != null ? out.failure : e));
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
            if (temp != null) {
                Litter.delete(temp);
            }
        }
    }

    /** Gives a new file the permissions (and, where allowed, the group) of the file it replaces. */
    static void keepPermissions(Path fresh, Path replaced) {
        if (!Files.exists(replaced) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.setPosixFilePermissions(fresh, Files.getPosixFilePermissions(replaced));
        } catch (IOException | UnsupportedOperationException ignored) {
            // a file system without permissions: nothing to keep
        }
        try {
            var group = Files.readAttributes(replaced, java.nio.file.attribute.PosixFileAttributes.class).group();
            Files.getFileAttributeView(fresh, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(group);
        } catch (IOException | RuntimeException ignored) {
            // not a member of that group: the file keeps the run's
        }
    }

    /** Remembers the first failure to write. */
    private static final class Recording extends FilterOutputStream {

        IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /** A standard stream: flushed, never closed. */
    private static final class Unclosed extends FilterOutputStream {

        Unclosed(OutputStream out) {
            super(new BufferedOutputStream(out, 1 << 16));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
