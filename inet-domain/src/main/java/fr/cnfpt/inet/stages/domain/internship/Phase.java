package fr.cnfpt.inet.stages.domain.internship;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.quantity.Weeks;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * One part of an internship's time ("Ce stage se déroule en deux temps"), such as "2 ou 3 semaines
 * de découverte au quotidien auprès du ou de la DGS".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param shortest  the shortest length of this part, not null
 * @param longest  the longest length of this part, not shorter than {@code shortest}, not null
 * @param activity  what the trainee does in this part, not null
 */
public record Phase(Weeks shortest, Weeks longest, LocalizedText activity) {

    /**
     * Creates a phase, checking its bounds.
     *
     * @param shortest  the shortest length, not null
     * @param longest  the longest length, not null
     * @param activity  what the trainee does, not null
     */
    public Phase {
        Objects.requireNonNull(shortest, "shortest");
        Objects.requireNonNull(longest, "longest");
        Objects.requireNonNull(activity, "activity");
        DomainException.require(longest.compareTo(shortest) >= 0, "a phase's longest length is shorter than its shortest");
    }

    /**
     * Obtains a phase of a fixed length.
     *
     * @param weeks  the length, not null
     * @param activity  what the trainee does, not null
     * @return the phase, not null
     */
    public static Phase of(Weeks weeks, LocalizedText activity) {
        return new Phase(weeks, weeks, activity);
    }
}
