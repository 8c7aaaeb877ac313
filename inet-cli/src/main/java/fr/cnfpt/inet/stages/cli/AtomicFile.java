package fr.cnfpt.inet.stages.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes an output file atomically in one call: through an {@link AtomicOutput}, committed once
 * the content is written, dropped if writing it fails.
 */
final class AtomicFile {

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Content content) {
        try (AtomicOutput output = AtomicOutput.open(target)) {
            content.writeTo(output.stream());
            output.commit();
        } catch (IOException e) {
            throw new UnusableInputException("cannot write " + target + ": " + e.getMessage());
        }
    }
}
