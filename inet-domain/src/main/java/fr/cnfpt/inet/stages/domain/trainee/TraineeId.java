package fr.cnfpt.inet.stages.domain.trainee;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.text.Characters;
import java.util.Objects;

/**
 * The identifier INET gives a trainee ("élève"). It is a pseudonymous key: reports never show it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the identifier: 1 to 64 characters, no spaces at either end, no control characters
 */
public record TraineeId(String value) {

    /** The longest identifier accepted. */
    public static final int MAX_LENGTH = 64;

    /**
     * Creates an identifier, checking its form.
     *
     * @param value  the identifier, not null
     */
    public TraineeId {
        Objects.requireNonNull(value, "value");
        DomainException.require(!value.isBlank() && value.equals(value.strip()),
                "a trainee id must not be blank nor start or end with spaces");
        DomainException.require(value.length() <= MAX_LENGTH, "a trainee id has at most " + MAX_LENGTH + " characters");
        DomainException.require(!Characters.hasControl(value),
                "a trainee id must not contain control characters");
    }

    /**
     * Obtains an identifier from its text, stripped of surrounding spaces.
     *
     * @param text  the identifier, not null
     * @return the identifier, not null
     */
    public static TraineeId of(String text) {
        Objects.requireNonNull(text, "text");
        return new TraineeId(text.strip());
    }

    /**
     * Returns the identifier.
     *
     * @return the identifier, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
