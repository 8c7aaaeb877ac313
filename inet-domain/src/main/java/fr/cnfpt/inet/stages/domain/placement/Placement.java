package fr.cnfpt.inet.stages.domain.placement;

import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.Objects;

/**
 * The placement of a trainee on an offer, for one internship of the schooling.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param trainee  the trainee placed, not null
 * @param offer  the offer the trainee is placed on, not null
 * @param type  the internship this placement fulfils, not null
 */
public record Placement(TraineeId trainee, OfferId offer, InternshipType type) {

    /**
     * Creates a placement.
     *
     * @param trainee  the trainee placed, not null
     * @param offer  the offer, not null
     * @param type  the internship type, not null
     */
    public Placement {
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Obtains a placement.
     *
     * @param trainee  the trainee placed, not null
     * @param offer  the offer, not null
     * @param type  the internship type, not null
     * @return the placement, not null
     */
    public static Placement of(TraineeId trainee, OfferId offer, InternshipType type) {
        return new Placement(trainee, offer, type);
    }
}
