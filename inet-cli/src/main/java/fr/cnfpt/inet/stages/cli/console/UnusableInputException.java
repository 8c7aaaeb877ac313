package fr.cnfpt.inet.stages.cli.console;

/**
 * Input the command cannot use (an unreadable or invalid file). Reported on one line with exit
 * code 2, never as a stack trace.
 */
public final class UnusableInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnusableInputException(String message) {
        super(message);
    }
}
