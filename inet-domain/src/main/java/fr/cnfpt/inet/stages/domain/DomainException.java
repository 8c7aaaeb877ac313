package fr.cnfpt.inet.stages.domain;

/**
 * Thrown when a domain value is built from arguments that break its invariants.
 * <p>
 * This signals a programming error of the caller (an importer must check its input and report
 * problems as values before building domain objects); business-rule outcomes are never exceptions
 * but {@link fr.cnfpt.inet.stages.domain.rule.Violation} values.
 */
public final class DomainException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message  what was wrong, not null
     */
    public DomainException(String message) {
        super(message);
    }

    /**
     * Checks a condition of a value's invariant.
     *
     * @param condition  the condition that must hold
     * @param message  the message if it does not, not null
     * @throws DomainException if the condition is false
     */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new DomainException(message);
        }
    }
}
