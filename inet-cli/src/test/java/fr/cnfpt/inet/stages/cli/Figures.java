package fr.cnfpt.inet.stages.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Records the figures a test measured (kill moments survived, inputs tried) in
 * {@code target/reliability-figures.txt}, for {@code docs/reliability.md}.
 */
final class Figures {

    private static final Path FILE = Path.of("target", "reliability-figures.txt");

    private Figures() {
    }

    static synchronized void record(String what, String figure) {
        try {
            Files.writeString(FILE, what + ": " + figure + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the figures are a by-product; the test's assertions stand
        }
    }
}
