package fr.cnfpt.inet.stages.cli;

/**
 * Input the command cannot use (an unreadable or invalid file). Reported on one line with exit
 * code 2, never as a stack trace.
 */
final class UnusableInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnusableInputException(String message) {
        super(message);
    }
}
