package fr.cnfpt.inet.stages.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * axe-core's WCAG 2.1 A and AA rules on HTML files, run by {@code src/test/js/axe-check.mjs} in
 * Debian's headless Chromium. Needs, and says so when one is missing (the build then fails: a check
 * skipped on a machine without a browser would pass unseen):
 * <ul>
 * <li>Node.js 18 or later: {@code $INET_NODE}, else {@code node} on the {@code PATH};</li>
 * <li>Chromium: {@code $CHROMIUM}, else {@code /usr/bin/chromium} (Debian's package
 * {@code chromium});</li>
 * <li>the script's npm packages, pinned by its {@code package-lock.json}: {@code npm ci} in
 * {@code inet-cli/src/test/js}.</li>
 * </ul>
 * {@code bash .ci/run} installs all three on Debian.
 */
final class AxeCheck {

    /** A rule broken by a page: axe's id, impact, help, and the CSS selectors of the elements at fault. */
    record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + "; " + targets.size()
                    + (targets.size() == 1 ? " element: " : " elements: ")
                    + targets.stream().limit(5).collect(Collectors.joining(" | "))
                    + (targets.size() > 5 ? " | …" : "") + " (" + helpUrl + ")";
        }
    }

    private static final Path SCRIPT_FOLDER = Path.of("src", "test", "js");

    private final String node;
    private final Path chromium;

    private AxeCheck(String node, Path chromium) {
        this.node = node;
        this.chromium = chromium;
    }

    /**
     * Finds Node.js, Chromium and the script's npm packages.
     *
     * @return the check, ready to run
     * @throws IllegalStateException if one is missing, saying which and how to install it
     */
    static AxeCheck find() {
        String node = node();
        Path chromium = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        List<String> missing = new ArrayList<>();
        if (node == null) {
            missing.add("Node.js 18+ (neither $INET_NODE nor node on the PATH)");
        }
        if (!Files.isExecutable(chromium)) {
            missing.add("Chromium at " + chromium + " (Debian's package chromium, or set $CHROMIUM)");
        }
        for (String module : List.of("axe-core", "playwright-core")) {
            if (!Files.isDirectory(SCRIPT_FOLDER.resolve("node_modules").resolve(module))) {
                missing.add("the npm package " + module + " (run npm ci in " + SCRIPT_FOLDER.toAbsolutePath() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the accessibility check (axe-core in headless Chromium) cannot run: missing "
                    + String.join("; ", missing) + ". On Debian, bash .ci/run installs them; see README.md.");
        }
        return new AxeCheck(node, chromium);
    }

    /**
     * Checks files in one browser.
     *
     * @param files  the HTML files, not empty
     * @return each file's violations, empty when it passes, by absolute normalised path
     * @throws IllegalStateException if the check could not run, with the script's message
     */
    Map<Path, List<Violation>> run(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node, SCRIPT_FOLDER.resolve("axe-check.mjs").toString(),
                "--chromium", chromium.toString()));
        files.forEach(file -> command.add(file.toAbsolutePath().normalize().toString()));
        Path out = Files.createTempFile("axe-out", ".json");
        Path err = Files.createTempFile("axe-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the accessibility check did not finish in 5 minutes: " + command);
            }
            if (process.exitValue() > 1) {
                throw new IllegalStateException("the accessibility check could not run (exit " + process.exitValue()
                        + "): " + Files.readString(err, StandardCharsets.UTF_8));
            }
            return violations(new ObjectMapper().readTree(out.toFile()));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Map<Path, List<Violation>> violations(JsonNode results) {
        Map<Path, List<Violation>> byFile = new LinkedHashMap<>();
        for (JsonNode result : results) {
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : result.get("violations")) {
                List<String> targets = new ArrayList<>();
                v.get("targets").forEach(t -> targets.add(t.asText()));
                violations.add(new Violation(v.get("id").asText(), v.path("impact").asText(), v.get("help").asText(),
                        v.get("helpUrl").asText(), List.copyOf(targets)));
            }
            byFile.put(Path.of(result.get("file").asText()), List.copyOf(violations));
        }
        return byFile;
    }

    private static String node() {
        String configured = System.getenv("INET_NODE");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "node"))) {
                return Path.of(folder, "node").toString();
            }
        }
        return null;
    }

    /**
     * Describes a page's violations, one per line, for a test's failure message.
     *
     * @param violations  the violations, not null
     * @return the text, not null
     */
    static String describe(List<Violation> violations) {
        return violations.size() + " WCAG 2.1 A/AA violation(s) found by axe-core:"
                + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining());
    }
}
