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
        String hint = " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')";
        commandLine.getErr().println("inet: " + oneLine(ex.getMessage()) + hint);
        return CommandLine.ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("inet: internal error: " + oneLine(String.valueOf(ex.getMessage()))
                + " (" + ex.getClass().getSimpleName() + "); please report it");
        return Inet.INTERNAL_ERROR;
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
