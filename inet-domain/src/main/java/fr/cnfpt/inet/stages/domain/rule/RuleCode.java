package fr.cnfpt.inet.stages.domain.rule;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.util.Objects;

/**
 * The stable code of a rule, such as {@code TYPE_NOT_OPEN_TO_CORPS}: what reports, files and
 * embedding applications key on.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the code: upper-case letters, digits and underscores, starting with a letter
 */
public record RuleCode(String value) {

    /**
     * Creates a code, checking its form.
     *
     * @param value  the code, not null
     */
    public RuleCode {
        Objects.requireNonNull(value, "value");
        DomainException.require(value.matches("[A-Z][A-Z0-9_]*"), "a rule code is upper case with underscores: " + value);
    }

    /**
     * Obtains a code.
     *
     * @param value  the code, not null
     * @return the code, not null
     */
    public static RuleCode of(String value) {
        return new RuleCode(value);
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
