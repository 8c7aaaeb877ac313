package fr.cnfpt.inet.stages.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.calendar.ics.IcsExport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedding team's modular application, compiled with {@code javac --module-path} against the
 * built jar of {@code inet-calendar} and its run-time dependencies (inet-domain's jar among them),
 * and run with {@code java --module-path ... -m consumer/...}, without any other flag. It computes
 * an official and a projected schedule (Jackson reads the built-in calendar, Jollyday gives the
 * holidays), names a holiday of Alsace-Moselle and writes an iCalendar file (ical4j).
 * <p>
 * Run by failsafe after the jar is built; the jar and the dependency list come from the pom.
 */
class ModulePathIT {

    private static final String MODULE_INFO = """
            module consumer {
                requires fr.cnfpt.inet.stages.calendar;
            }
            """;

    private static final String MAIN = """
            package consumer;

            import fr.cnfpt.inet.stages.calendar.CohortSchedule;
            import fr.cnfpt.inet.stages.calendar.ics.IcsExport;
            import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
            import fr.cnfpt.inet.stages.calendar.Schedules;
            import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
            import fr.cnfpt.inet.stages.domain.corps.Corps;
            import fr.cnfpt.inet.stages.domain.edition.Edition;
            import fr.cnfpt.inet.stages.domain.edition.published.Editions;
            import fr.cnfpt.inet.stages.domain.host.Departement;
            import fr.cnfpt.inet.stages.domain.internship.InternshipType;
            import fr.cnfpt.inet.stages.domain.text.Language;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.util.Set;

            public class Main {
                public static void main(String[] args) {
                    System.out.println(Schedules.class.getModule().getName());
                    Edition edition = Editions.current();
                    for (int year : new int[] {2026, 2027}) {
                        CohortSchedule schedule = Schedules.of(edition).forCohort(CohortYear.of(year));
                        System.out.println(schedule.of(Corps.ADMINISTRATEUR)
                                .internship(InternshipType.OBSERVATION).orElseThrow().period());
                    }
                    System.out.println(PublicHolidays.forDepartement(Departement.of("67"))
                            .name(LocalDate.of(2027, 3, 26)).orElseThrow().fr());
                    String ics = IcsExport.of(Schedules.of(edition).forCohort(CohortYear.of(2026)),
                            Set.of(Corps.ADMINISTRATEUR), edition, Language.FR, Instant.parse("2026-01-01T00:00:00Z"));
                    System.out.println(ics.lines().filter("BEGIN:VEVENT"::equals).count() + " events");
                }
            }
            """;

    @Test
    void runsOnTheModulePathWithoutExtraFlags(@TempDir Path work) throws Exception {
        String modulePath = modulePath();
        Path sources = work.resolve("src");
        Files.createDirectories(sources.resolve("consumer"));
        Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(sources.resolve("consumer/Main.java"), MAIN);
        Path classes = work.resolve("classes");

        Result compiled = run(work, tool("javac"), "--module-path", modulePath, "-d", classes.toString(),
                sources.resolve("module-info.java").toString(), sources.resolve("consumer/Main.java").toString());
        assertThat(compiled.exit()).as("javac: %s", compiled.output()).isZero();

        Result ran = run(work, tool("java"), "--module-path", classes + File.pathSeparator + modulePath,
                "-m", "consumer/consumer.Main");
        assertThat(ran.exit()).as("java: %s", ran.output()).isZero();
        assertThat(ran.output().lines().filter(line -> !line.startsWith("SLF4J")))
                .containsExactly(
                        "fr.cnfpt.inet.stages.calendar",
                        "2026-03-30/2026-04-24",
                        "2027-03-30/2027-04-23",
                        "Vendredi saint",
                        "8 events"); // five internships, three deadlines given
    }

    /** The calendar's jar, then its run-time dependencies as Maven resolved them (the domain's jar first). */
    private static String modulePath() throws IOException {
        Path jar = Path.of(System.getProperty("inet.calendar.jar"));
        Path dependencies = Path.of(System.getProperty("inet.calendar.dependencies"));
        assertThat(jar).isRegularFile();
        return jar + File.pathSeparator + Files.readString(dependencies, StandardCharsets.UTF_8).strip();
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static Result run(Path directory, String... command) throws IOException, InterruptedException {
        Path output = directory.resolve("output-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String output) {
    }
}
