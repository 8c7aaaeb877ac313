package fr.cnfpt.inet.stages.cli.files;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes an output file in one call: through an {@link AtomicOutput}, committed once the content
 * is written, dropped if writing it fails. A failure to write (a full disk, a permission) is one
 * line naming the file and the reason, exit 2; a failure of the work that produced the content is
 * left to the caller.
 */
public final class AtomicFile {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) {
        write(OutputTarget.of(target), content);
    }

    public static void write(OutputTarget target, Content content) {
        try (AtomicOutput output = AtomicOutput.open(target)) {
            try {
                content.writeTo(output.stream());
            } catch (IOException | RuntimeException e) {
                if (output.failure() != null) {
                    throw new UnusableInputException("cannot write " + target + ": "
                            + IoFailures.describe(output.failure()));
                }
                if (e instanceof IOException io) {
                    throw new UncheckedIOException(io);
                }
                throw (RuntimeException) e;
            }
            output.commit();
        }
    }
}
