package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.cli.dataset.ImportCommand;
import fr.cnfpt.inet.stages.cli.dataset.ValidateCommand;
import fr.cnfpt.inet.stages.cli.edition.CorpsCommand;
import fr.cnfpt.inet.stages.cli.edition.EditionCommand;
import fr.cnfpt.inet.stages.cli.edition.RulesCommand;
import fr.cnfpt.inet.stages.cli.edition.StagesCommand;
import fr.cnfpt.inet.stages.cli.files.PrivateTemp;
import fr.cnfpt.inet.stages.cli.report.BrochureCommand;
import fr.cnfpt.inet.stages.cli.report.PluginsCommand;
import fr.cnfpt.inet.stages.cli.planning.PlanCommand;
import fr.cnfpt.inet.stages.cli.report.StatsCommand;
import fr.cnfpt.inet.stages.cli.schedule.AuditCommand;
import fr.cnfpt.inet.stages.cli.schedule.DeadlinesCommand;
import fr.cnfpt.inet.stages.cli.schedule.ScheduleCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code inet} command: the entry point of the shaded jar.
 * <p>
 * Exit codes: 0 success, 1 the command found problems (errors in files, findings of an audit),
 * 2 unusable input or usage error (unknown option, corps or type), 3 internal error.
 */
@Command(name = "inet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "INET internships: the catalogue of corps and internships of INET's initial training, as"
                + " published in the brochure \"Accueillir un ou une élève en stage\".",
        footer = {"", "Codes are accepted in upper case (PROJET_COLLECTIF) or lower case with dashes (projet-collectif).",
                "Exit codes: 0 success, 1 problems found, 2 usage error or unusable input, 3 internal error."})
public final class Inet implements java.util.concurrent.Callable<Integer> {

    /** Exit code of an internal error. */
    static final int INTERNAL_ERROR = 3;

    /**
     * The subcommands, in the order of the usage help. Registered in {@link #run(PrintWriter, PrintWriter,
     * String...)} rather than in the annotation: picocli builds the model of every registered command
     * by reflection (0.15 to 0.25 s of a fresh JVM), so a run registers only the command it runs, and
     * all of them when it shows help or meets an unknown name.
     */
    static final java.util.List<Class<?>> COMMANDS = java.util.List.of(CorpsCommand.class, StagesCommand.class,
            RulesCommand.class, ScheduleCommand.class, DeadlinesCommand.class, AuditCommand.class,
            EditionCommand.class, ValidateCommand.class, ImportCommand.class, BrochureCommand.class,
            StatsCommand.class, PlanCommand.class, PluginsCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command and exits with its code.
     *
     * @param args  the command-line arguments
     */
    public static void main(String[] args) {
        // JasperReports logs through commons-logging, which would load the Log4j API and route it to
        // SLF4J's no-op binding: about 100 classes for nothing. Its own no-op log says nothing sooner.
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
        PrivateTemp.use();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // A worker thread (the CSV parser) that runs out of memory says so in one line, not a stack trace.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> err.println(e instanceof OutOfMemoryError
                ? outOfMemory() : OneLineErrors.internalError(e) + " (thread " + thread.getName() + ")"));
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command with given output streams, for tests and embedding.
     *
     * @param out  where results go
     * @param err  where errors go
     * @param args  the arguments
     * @return the exit code
     */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        String first = args.length == 0 ? "" : args[0];
        java.util.List<Class<?>> named = COMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(first))
                .toList();
        CommandLine commandLine = commandLine(named.isEmpty() ? COMMANDS : named);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new OneLineErrors());
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(outOfMemory());
            code = 2;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Builds the command with some of its subcommands: picocli builds the model of each by
     * reflection, so a run registers the one it runs.
     *
     * @param commands  the subcommands' classes, among {@link #COMMANDS}
     * @return the command line, not null
     */
    static CommandLine commandLine(java.util.List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(new Inet());
        for (Class<?> command : commands) {
            commandLine.addSubcommand(command);
        }
        return commandLine;
    }

    /** The message when the files are too large for the heap: how much there was, how to give more. */
    static String outOfMemory() {
        return "inet: out of memory: the files are too large for the Java heap (at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give the JVM more, e.g."
                + " INET_JAVA_OPTS=-Xmx2g inet-cli/target/inet ... or java -Xmx2g -jar inet.jar ...; nothing was"
                + " written. See docs/scaling.md for what each size of dataset needs";
    }

    /**
     * Runs {@code inet} without a command: a usage error, as for any command-line tool. The usage
     * goes to standard error and the exit code is 2 ({@code inet --help} prints it on standard
     * output and exits 0).
     *
     * @return 2
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
