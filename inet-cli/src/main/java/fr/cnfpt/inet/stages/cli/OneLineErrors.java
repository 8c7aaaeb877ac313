package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns every usage error and unexpected failure into one line on standard error, never a stack
 * trace: {@code inet: unknown corps 'foo'; accepted: ADMINISTRATEUR, …}. An unexpected failure is
 * told by its kind and place, not its message (which may quote a file's personal data).
 */
final class OneLineErrors implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        String accepted = ex instanceof CommandLine.UnmatchedArgumentException ? "; accepted: " + accepted(commandLine) : "";
        String hint = " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')";
        commandLine.getErr().println("inet: " + oneLine(ex.getMessage()) + accepted + hint);
        return CommandLine.ExitCode.USAGE;
    }

    /** The options and subcommands a command accepts, for the message of an unknown one. */
    private static String accepted(CommandLine commandLine) {
        java.util.List<String> names = new java.util.ArrayList<>();
        commandLine.getCommandSpec().options().forEach(o -> names.add(o.longestName()));
        names.addAll(commandLine.getSubcommands().keySet());
        return String.join(", ", names);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        if (ex instanceof UnusableInputException) {
            commandLine.getErr().println("inet: " + oneLine(ex.getMessage()));
            return CommandLine.ExitCode.USAGE;
        }
        commandLine.getErr().println(internalError(ex));
        return Inet.INTERNAL_ERROR;
    }

    /**
     * Says an unexpected failure in one line: its kind and where in our code it happened, never its
     * message, which may quote the content of a file (a trainee's name).
     *
     * @param failure  the failure, not null
     * @return the line, not null
     */
    static String internalError(Throwable failure) {
        String where = java.util.Arrays.stream(failure.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("fr.cnfpt.inet."))
                .findFirst().map(frame -> " at " + frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1)
                        + "." + frame.getMethodName() + ":" + frame.getLineNumber())
                .orElse("");
        return "inet: internal error: " + failure.getClass().getName() + where + "; please report it";
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
