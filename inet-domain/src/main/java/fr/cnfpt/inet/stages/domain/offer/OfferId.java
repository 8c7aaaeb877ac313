package fr.cnfpt.inet.stages.domain.offer;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.text.Characters;
import java.util.Objects;

/**
 * The reference of an internship offer, as the host or INET numbers it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the reference: 1 to 64 characters, no control characters, not blank
 */
public record OfferId(String value) {

    /** The longest reference accepted. */
    public static final int MAX_LENGTH = 64;

    /**
     * Creates a reference, checking its form.
     *
     * @param value  the reference, not null
     */
    public OfferId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || !value.equals(value.strip())) {
            throw new DomainException("an offer reference must not be blank nor start or end with spaces: '" + value + "'");
        }
        if (value.length() > MAX_LENGTH) {
            throw new DomainException("an offer reference has at most " + MAX_LENGTH + " characters: " + value.length());
        }
        DomainException.require(!Characters.hasControl(value),
                "an offer reference must not contain control characters");
    }

    /**
     * Obtains a reference from its text, stripped of surrounding spaces.
     *
     * @param text  the reference, not null
     * @return the reference, not null
     */
    public static OfferId of(String text) {
        Objects.requireNonNull(text, "text");
        return new OfferId(text.strip());
    }

    /**
     * Returns the reference.
     *
     * @return the reference, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
