package fr.cnfpt.inet.stages.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the class-data sharing archive ({@code inet-cli/target/inet.jsa}), run by the
 * build with {@code -XX:ArchiveClassesAtExit}: the commands users run most (validate the sample
 * files, write the brochure as PDF and HTML), in one JVM, so that the archive holds the classes
 * they load. The launcher's {@code inet --record-archive} runs it without sample files (the brochure
 * only), to record the archive again where the jar was moved. Writes only into a temporary folder,
 * deleted at the end; fails if a command fails.
 */
final class ClassDataSharingTraining {

    private ClassDataSharingTraining() {
    }

    /**
     * Runs the training.
     *
     * @param args  the sample files to validate; none to write the brochure only
     */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("inet-cds-training");
        try {
            if (args.length > 0) {
                List<String> validate = new ArrayList<>(List.of("validate"));
                validate.addAll(List.of(args));
                validate.addAll(List.of("--report", folder.resolve("report.json").toString()));
                run(validate.toArray(String[]::new));
            }
            run("brochure", "--cohort", "2026", "-o", folder.resolve("brochure.pdf").toString());
            run("brochure", "--cohort", "2027", "--lang", "en", "--format", "html", "-o",
                    folder.resolve("brochure.html").toString());
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void run(String... args) {
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text);
        int code = Inet.run(writer, writer, args);
        if (code != 0) {
            throw new UncheckedIOException(new IOException("training run '" + String.join(" ", args) + "' failed ("
                    + code + "): " + text));
        }
    }
}
