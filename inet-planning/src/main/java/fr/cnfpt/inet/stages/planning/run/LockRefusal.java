package fr.cnfpt.inet.stages.planning.run;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * Why a locked placement cannot be kept in the plan of one internship type of one cohort. The message
 * names the offer and the plan's type and cohort, never the trainee: a refusal is shown on the console.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param locked  the locked placement, not null
 * @param reason  why it is refused, not null
 * @param message  what is wrong and what to do, in French and English, not null
 */
public record LockRefusal(LockedPlacement locked, Reason reason, LocalizedText message) {

    /** Why a locked placement is refused. */
    public enum Reason {
        /** The placement is of another internship type than the plan's. */
        OTHER_TYPE,
        /** The placement names no offer accepted in the run. */
        OFFER_UNKNOWN,
        /** The placement names no trainee accepted in the run. */
        TRAINEE_UNKNOWN,
        /** The trainee or the offer is of another cohort than the plan's. */
        OTHER_COHORT,
        /** The placement breaks a placement rule (corps eligibility of the type or of the offer). */
        PLACEMENT_RULES,
        /** The trainee is not one the plan places (a corps the INP places, or the type is not open to it). */
        TRAINEE_NOT_ELIGIBLE,
        /** The offer's host is one of the trainee's history or exclusions. */
        HOST_EXCLUDED,
        /** The trainee has another locked placement. */
        TRAINEE_LOCKED_TWICE,
        /** The offer has more locked placements than places. */
        PLACES_EXCEEDED
    }

    /**
     * Creates a refusal.
     *
     * @param locked  the locked placement, not null
     * @param reason  why it is refused, not null
     * @param message  what is wrong and what to do, not null
     */
    public LockRefusal {
        Objects.requireNonNull(locked, "locked");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
