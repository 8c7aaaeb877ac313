package fr.cnfpt.inet.stages.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the shaded jar {@code inet-cli/target/inet.jar} as a separate process, as a user would. */
final class InetJar {

    /** What a run printed and how it ended. */
    record Result(int exitCode, String out, String err) {
    }

    private InetJar() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("inet.jar", "target/inet.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the shaded jar is missing: " + jar.toAbsolutePath() + " (run mvn package)");
        }
        return jar;
    }

    static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        command.addAll(List.of(args));
        return runCommand(command);
    }

    /** Runs a command line (a launcher, a java command) and collects what it printed. */
    static Result runCommand(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("inet-out", ".txt");
        Path err = Files.createTempFile("inet-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("inet did not finish in 60 s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
