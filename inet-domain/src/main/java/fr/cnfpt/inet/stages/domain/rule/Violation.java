package fr.cnfpt.inet.stages.domain.rule;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * A rule broken by a record: the rule's code, its severity, the field concerned and a message in
 * French and English saying what is wrong and what to do.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the rule's code, not null
 * @param severity  error or warning, not null
 * @param field  the key of the record's field concerned, such as {@code population} or {@code corps}, not null
 * @param message  what is wrong and what to do, not null
 */
public record Violation(RuleCode code, Severity severity, String field, LocalizedText message) {

    /**
     * Creates a violation.
     *
     * @param code  the rule's code, not null
     * @param severity  the severity, not null
     * @param field  the field concerned, not null
     * @param message  the message, not null
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Checks whether this violation is an error.
     *
     * @return true for an error, false for a warning
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
