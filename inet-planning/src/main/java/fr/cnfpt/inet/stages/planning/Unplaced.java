package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.Objects;

/**
 * A trainee the plan leaves without a placement, and why.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param trainee  the trainee, not null
 * @param reason  why, not null
 */
public record Unplaced(TraineeId trainee, UnplacedReason reason) {

    /**
     * Creates the record.
     *
     * @param trainee  the trainee, not null
     * @param reason  why, not null
     */
    public Unplaced {
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(reason, "reason");
    }
}
