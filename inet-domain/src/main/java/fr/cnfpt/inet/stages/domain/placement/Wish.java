package fr.cnfpt.inet.stages.domain.placement;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.Objects;

/**
 * A trainee's ranked wish for an offer, for the planning of one internship: rank 1 is the first choice.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param trainee  the trainee who wishes, not null
 * @param offer  the offer wished for, not null
 * @param rank  the rank of the wish, 1 for the first choice, at least 1
 */
public record Wish(TraineeId trainee, OfferId offer, int rank) {

    /**
     * Creates a wish.
     *
     * @param trainee  the trainee, not null
     * @param offer  the offer, not null
     * @param rank  the rank, at least 1
     */
    public Wish {
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(offer, "offer");
        DomainException.require(rank >= 1, "a wish's rank is 1 or more: " + rank);
    }

    /**
     * Obtains a wish.
     *
     * @param trainee  the trainee, not null
     * @param offer  the offer, not null
     * @param rank  the rank, 1 for the first choice
     * @return the wish, not null
     */
    public static Wish of(TraineeId trainee, OfferId offer, int rank) {
        return new Wish(trainee, offer, rank);
    }
}
