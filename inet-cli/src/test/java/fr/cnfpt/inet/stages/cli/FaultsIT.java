package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Faults from the shaded jar: {@code kill -9} at many moments of {@code inet import} and
 * {@code inet stats} (the folder is polled and the run killed as soon as it changes for the n-th
 * time), two runs at once, a full disk, a stopped run's litter. After each, the output folder holds
 * exactly one run's complete output.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "kill -9, symbolic links and tmpfs are POSIX")
@Isolated("kills processes at moments it watches for: no other test may load the machine meanwhile")
class FaultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BIG = 150_000;

    @TempDir
    static Path inputs;

    @TempDir
    Path folder;

    private static Path small;
    private static Path big;
    private static Path bad;
    private static Path trainees;

    @BeforeAll
    static void files() throws IOException {
        small = offers(inputs.resolve("offres-petit.csv"), 10);
        big = offers(inputs.resolve("offres-grand.csv"), BIG);
        bad = Files.writeString(inputs.resolve("offres-fausses.csv"), Files.readString(offers(inputs.resolve(
                "offres-10000.csv"), 10_000)).replace("15/11/2025", "31/02/2026"));
        trainees = Files.writeString(inputs.resolve("eleves.csv"), "Identifiant;Cadre d'emplois;Promotion\r\n"
                + "E1;ADMINISTRATEUR;2026\r\nE2;INGENIEUR_EN_CHEF;2026\r\nE3;ADMINISTRATEUR;2026\r\n");
    }

    private static Path offers(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(";", HostileInputs.HEADER) + "\r\n");
            for (int i = 1; i <= rows; i++) {
                out.write(String.join(";", HostileInputs.offer(i)) + "\r\n");
            }
        }
        return file;
    }

    @Test
    void aKilledImportLeavesTheDatasetOfOneRunComplete() throws Exception {
        Path dataset = folder.resolve("dataset");
        assertThat(InetJar.run("import", small.toString(), "-o", dataset.toString()).exitCode()).isZero();
        List<String> command = List.of("import", big.toString(), "-o", dataset.toString());
        int changes = changesOfAWholeRun(command);
        List<Integer> moments = moments(changes);
        int survived = 0;
        for (int moment : moments) {
            killAtChange(command, moment);
            String run = completeDataset(dataset);
            assertThat(run).as("after a kill at change " + moment + " of " + changes).isIn(small.toString(),
                    big.toString());
            survived++;
        }
        assertThat(InetJar.run("import", small.toString(), "-o", dataset.toString()).exitCode()).isZero();
        assertThat(completeDataset(dataset)).isEqualTo(small.toString());
        assertThat(hidden(folder)).as("no litter once a run has ended").containsExactlyInAnyOrder(".dataset.lock",
                generation(dataset));
        Figures.record("import kill moments survived", survived + " of " + moments.size() + " (changes in a run: "
                + changes + ")");
    }

    @Test
    void aKilledStatsRunLeavesTheReportsOfOneRunComplete() throws Exception {
        Path reports = folder.resolve("reports");
        List<String> french = stats(reports, "fr");
        assertThat(InetJar.run(french.toArray(String[]::new)).exitCode()).isZero();
        List<String> english = stats(reports, "en");
        int changes = changesOfAWholeRun(english);
        List<Integer> moments = moments(changes);
        int survived = 0;
        for (int moment : moments) {
            killAtChange(english, moment);
            assertThat(completeReports(reports)).as("after a kill at change " + moment + " of " + changes)
                    .isIn("fr", "en");
            survived++;
        }
        Figures.record("stats kill moments survived", survived + " of " + moments.size() + " (changes in a run: "
                + changes + ")");
    }

    @Test
    void refusesASecondImportIntoTheSameFolderWhileTheFirstRuns() throws Exception {
        Path dataset = folder.resolve("dataset");
        Process first = start(List.of("import", big.toString(), "-o", dataset.toString()));
        waitFor(() -> Files.exists(folder.resolve(".dataset.lock")) && hidden(folder).stream()
                .anyMatch(n -> n.startsWith(".dataset.gen-")));

        InetJar.Result second = InetJar.run("import", small.toString(), "-o", dataset.toString());

        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains(dataset.toString()).contains("another inet run");
        assertThat(completeDataset(dataset)).isEqualTo(big.toString());
    }

    @Test
    void aStoppedRunLeavesNoTemporaryFile() throws Exception {
        Path temp = Files.createDirectories(folder.resolve("tmp"));
        Path dataset = folder.resolve("dataset");
        Process run = start(List.of("-Djava.io.tmpdir=" + temp), List.of("import", big.toString(), "-o",
                dataset.toString()));
        waitFor(() -> hidden(folder).stream().anyMatch(n -> n.startsWith(".dataset.gen-")));

        run.destroy();

        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(hidden(folder)).containsExactly(".dataset.lock");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).as("the run's private temporary folder").isEmpty();
        }
    }

    @Test
    void theNextRunSweepsTheHalfWrittenFileOfAKilledRun() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        Process run = start(List.of("validate", bad.toString(), "--rejects", out.resolve("rejects.csv").toString()));
        waitFor(() -> list(out).stream().anyMatch(n -> n.startsWith(".rejects.csv.") && n.endsWith(".tmp")));
        run.destroyForcibly();
        run.waitFor(60, TimeUnit.SECONDS);
        assertThat(list(out)).as("what kill -9 leaves").isNotEmpty().noneMatch(n -> n.equals("rejects.csv"));

        InetJar.Result next = InetJar.run("validate", small.toString(), "--report", out.resolve("report.json").toString());

        assertThat(next.exitCode()).isZero();
        assertThat(list(out)).containsExactly("report.json");
    }

    @Test
    void theNextRunSweepsWhatAKilledRunLeftInTheTemporaryFolder() throws Exception {
        Path temp = Files.createDirectories(folder.resolve("tmp"));
        Process run = start(List.of("-Djava.io.tmpdir=" + temp), List.of("brochure", "-o",
                folder.resolve("brochure.pdf").toString()));
        waitFor(() -> list(temp).stream().anyMatch(n -> n.startsWith("inet-")));
        run.destroyForcibly();
        run.waitFor(60, TimeUnit.SECONDS);
        assertThat(list(temp)).as("what kill -9 leaves").isNotEmpty();

        InetJar.Result next = InetJar.runCommand(javaCommand(List.of("-Djava.io.tmpdir=" + temp), List.of("corps")));

        assertThat(next.exitCode()).isZero();
        assertThat(list(temp)).isEmpty();
    }

    @Test
    void saysTheDiskIsFullAndLeavesNothingBehind() throws Exception {
        Path disk = Files.createDirectories(folder.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(20, TimeUnit.SECONDS) && mount.exitValue() == 0;
        assumeTrue(mounted, () -> "skipped: cannot mount a 1 MB tmpfs here (needs root): "
                + new String(readQuietly(mount), StandardCharsets.UTF_8).strip());
        try {
            Files.write(disk.resolve("filler"), new byte[1_048_576 - 16 * 1024]);
            InetJar.Result imported = InetJar.run("import", big.toString(), "-o", disk.resolve("dataset").toString());
            InetJar.Result report = InetJar.run("validate", bad.toString(), "--report", disk.resolve("report.json")
                    .toString());
            InetJar.Result brochure = InetJar.run("brochure", "-o", disk.resolve("brochure.pdf").toString());
            InetJar.Result stats = InetJar.run("stats", "--offers", small.toString(), "--trainees", trainees.toString(),
                    "--format", "all", "-o", disk.resolve("reports").toString());

            for (InetJar.Result result : List.of(imported, report, brochure, stats)) {
                assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
                assertThat(result.err().strip()).startsWith("inet: cannot write").endsWith("no space left on device")
                        .doesNotContain("internal error");
                assertThat(result.err().strip().lines()).hasSize(1);
            }
            assertThat(list(disk)).containsExactlyInAnyOrder("filler", ".dataset.lock", ".reports.lock");
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    // ---------------------------------------------------------------- what a complete output is

    /** @return the input of the run whose dataset the folder holds, checked complete */
    private static String completeDataset(Path dataset) throws IOException {
        assertThat(Files.isDirectory(dataset)).as("the dataset folder exists").isTrue();
        JsonNode report = JSON.readTree(dataset.resolve("import-report.json").toFile());
        JsonNode file = report.get("files").get(0);
        long lines;
        try (Stream<String> records = Files.lines(dataset.resolve("offers.jsonl"))) {
            lines = records.count();
        }
        assertThat(lines).as("offers written = offers accepted").isEqualTo(file.get("accepted").asLong());
        assertThat(list(dataset)).containsExactlyInAnyOrder("offers.jsonl", "import-report.json");
        return file.get("file").asText();
    }

    /** @return the language of the run whose reports the folder holds, checked complete */
    private static String completeReports(Path reports) throws IOException {
        List<String> files = list(reports);
        String language = files.get(0).endsWith("-fr.json") || files.get(0).contains("-fr.") ? "fr" : "en";
        List<String> expected = new ArrayList<>();
        for (String report : List.of("offers", "placements", "dashboard")) {
            for (String format : List.of("csv", "json", "xlsx")) {
                expected.add(report + "-2026-2027-" + language + "." + format);
            }
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(expected);
        for (String name : files) {
            assertThat(Files.size(reports.resolve(name))).as(name).isPositive();
            if (name.endsWith(".json")) {
                assertThat(JSON.readTree(reports.resolve(name).toFile()).get("tables")).as(name).isNotNull();
            }
        }
        return language;
    }

    private static List<String> stats(Path reports, String language) {
        return List.of("stats", "--offers", small.toString(), "--trainees", trainees.toString(), "--format",
                "csv,json,xlsx", "--lang", language, "-o", reports.toString());
    }

    // ---------------------------------------------------------------- killing at the n-th change

    /** Runs a command to its end, counting the changes of the folder seen. */
    private int changesOfAWholeRun(List<String> command) throws Exception {
        Process process = start(command);
        int changes = 0;
        String state = state();
        while (process.isAlive()) {
            String now = state();
            if (!now.equals(state)) {
                changes++;
                state = now;
            }
        }
        assertThat(process.exitValue()).isZero();
        return changes + 1;
    }

    /** Runs a command and kills it (SIGKILL) as soon as the folder changed for the n-th time. */
    private void killAtChange(List<String> command, int n) throws Exception {
        Process process = start(command);
        String state = state();
        int changes = 0;
        while (process.isAlive() && changes < n) {
            String now = state();
            if (!now.equals(state)) {
                changes++;
                state = now;
            }
        }
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** Every change up to 12, then some of the rest, and the last ones (the swap). */
    private static List<Integer> moments(int changes) {
        TreeMap<Integer, Integer> chosen = new TreeMap<>();
        for (int n = 1; n <= changes; n++) {
            if (n <= 12 || n > changes - 6 || n % Math.max(1, changes / 12) == 0) {
                chosen.put(n, n);
            }
        }
        return new ArrayList<>(chosen.keySet());
    }

    /** The folder's entries, with the sizes of the files in hidden generations; what vanishes meanwhile is left out. */
    private String state() {
        StringBuilder state = new StringBuilder();
        for (Path entry : paths(folder)) {
            state.append(entry.getFileName()).append('|');
            try {
                if (Files.isSymbolicLink(entry)) {
                    state.append(Files.readSymbolicLink(entry)).append('|');
                } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    for (Path file : paths(entry)) {
                        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                                LinkOption.NOFOLLOW_LINKS);
                        state.append(file.getFileName()).append(':').append(attributes.size()).append(',');
                    }
                }
            } catch (IOException e) {
                state.append("gone|");
            }
        }
        return state.toString();
    }

    private static List<Path> paths(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> list(Path folder) {
        return paths(folder).stream().map(p -> p.getFileName().toString()).toList();
    }

    private static List<String> hidden(Path folder) {
        return list(folder).stream().filter(n -> n.startsWith(".")).toList();
    }

    private static String generation(Path dataset) throws IOException {
        return Files.readSymbolicLink(dataset).toString();
    }

    private static Process start(List<String> args) throws IOException {
        return start(List.of(), args);
    }

    private static Process start(List<String> options, List<String> args) throws IOException {
        return new ProcessBuilder(javaCommand(options, args)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> javaCommand(List<String> options, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", InetJar.jar().toString()));
        command.addAll(args);
        return command;
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(end);
            Thread.sleep(5);
        }
    }

    private static byte[] readQuietly(Process process) {
        try {
            return process.getInputStream().readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
