package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.cli.console.TextBlock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The command in-process, for fast feedback; {@link InetJarIT} runs the shaded jar. */
class InetTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Inet.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aBareInetIsAUsageErrorPrintedOnStandardError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: inet");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpIsPrintedOnStandardOutput() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: inet");
    }

    @Test
    void printsEachCorpsInternshipsInSchoolingOrder() {
        assertThat(run("stages", "--corps", "ADMINISTRATEUR")).isZero();
        assertThat(out.toString()).containsSubsequence("1. Stage d'observation (OBSERVATION), 4 semaines",
                "2. Stage thématique (THEMATIQUE), 7 semaines", "3. Projet collectif (PROJET_COLLECTIF), 9 semaines",
                "4. Stage d'ouverture (OUVERTURE), 4 semaines",
                "5. Stage de professionnalisation (PROFESSIONNALISATION), 13 semaines");
    }

    @Test
    void listsTheBrochuresTheCalendarsRulesAndTheDataProblemsUnderTheirHeadings() {
        assertThat(run("rules", "--lang", "en")).isZero();
        assertThat(out.toString()).containsSubsequence("# The brochure's rules", "TYPE_NOT_OPEN_TO_CORPS",
                "# The calendar's rules on offers", "OFFER_SUBMITTED_LATE (WARNING, offer.submitted)",
                "# The importers' data problems", "CELL_TOO_LONG (ERROR, row)", "What to do:",
                "OFFER_UNKNOWN (ERROR, dataset.offer)", "# The problems of a calendar file",
                "NOT_A_WORKING_DAY (ERROR, calendar)", "CALENDAR_WEEKS_DIFFER (WARNING, calendar)",
                "# The edition audit's findings",
                "CORPS_NAME_VARIANT (WARNING, edition)", "CONTACT_EMAIL_MISPRINT (WARNING, edition)");
    }

    @Test
    void listsTheCalendarFilesProblemsAndTheAuditsFindingsInJsonWithWhatToDo() {
        assertThat(run("rules", "--format", "json", "--lang", "en")).isZero();
        assertThat(out.toString()).contains("\"group\": \"CALENDAR_FILE\"", "\"code\": \"NOT_JSON\"",
                "\"group\": \"AUDIT\"", "\"code\": \"CONTACT_EMAIL_MISPRINT\"",
                "Write an existing date in the form YYYY-MM-DD.");
    }

    @Test
    void saysTheInpPlacesConservateursDuPatrimoine() {
        assertThat(run("stages", "--corps", "conservateur-patrimoine")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("sont gérés par l'INP");
    }

    /** The list of commands in {@code inet --help} shows the first line of each command's description. */
    @Test
    void listsEachCommandWithAWholeSentence() {
        assertThat(Inet.COMMANDS).filteredOn(c -> c != CommandLine.HelpCommand.class).allSatisfy(command -> {
            String first = command.getAnnotation(Command.class).description()[0];
            assertThat(first).as(command.getSimpleName()).endsWith(".");
        });
        assertThat(run("--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains(
                "of INET's initial training, as published in the brochure",
                "validate Check files of offers, trainees or placements against every rule of the brochure and the"
                        + " cohort's calendar. import");
    }

    /** Every command's error messages say "see 'inet NAME --help'": that help must exist. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"corps", "stages", "rules", "schedule", "deadlines", "audit",
        "edition", "validate", "import", "brochure", "stats", "plan", "plugins"})
    void printsEachCommandsHelpWithoutRunningIt(String command) {
        assertThat(run(command, "--help")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Usage: inet " + command + " [-hV]");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void coversEveryCommandInTheHelpTest() {
        assertThat(Inet.COMMANDS).filteredOn(c -> c != CommandLine.HelpCommand.class)
                .extracting(c -> c.getAnnotation(Command.class).name())
                .containsExactlyInAnyOrder("corps", "stages", "rules", "schedule", "deadlines", "audit", "edition",
                        "validate", "import", "brochure", "stats", "plan", "plugins");
    }

    @Test
    void listsThePluginsInAlignedColumns() {
        assertThat(run("plugins")).isZero();
        List<String> reports = out.toString().lines().dropWhile(l -> !l.equals("Report plugins:")).skip(1)
                .filter(l -> !l.isBlank() && !l.strip().startsWith("inputs:")).toList();
        assertThat(reports).anySatisfy(l -> assertThat(l).matches("  offers +pdf html xlsx csv json +Les offres de stages"));
        assertThat(reports).extracting(l -> l.indexOf("pdf")).containsOnly(reports.get(0).indexOf("pdf"));
        assertThat(reports).extracting(l -> l.length() - l.stripTrailing().length()).containsOnly(0);
        int titles = reports.get(0).indexOf("Brochure");
        assertThat(reports).allSatisfy(l -> assertThat(l.charAt(titles - 1)).isEqualTo(' '))
                .allSatisfy(l -> assertThat(l.charAt(titles)).isNotEqualTo(' '));
    }

    @Test
    void wrapsLongLinesForATerminal() {
        assertThat(run("stages", "--lang", "en")).isZero();
        assertThat(out.toString().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextBlock.WIDTH));
    }
}
