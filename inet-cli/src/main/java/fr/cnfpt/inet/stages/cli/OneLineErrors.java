package fr.cnfpt.inet.stages.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every usage error and unexpected failure into one line on standard error, never a stack
 * trace: {@code inet: unknown corps 'foo'; accepted: ADMINISTRATEUR, …}.
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
        commandLine.getErr().println("inet: internal error: " + oneLine(String.valueOf(ex.getMessage()))
                + " (" + ex.getClass().getSimpleName() + "); please report it");
        return Inet.INTERNAL_ERROR;
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
