package fr.cnfpt.inet.stages.domain.placement;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferTerms;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.Objects;

/**
 * A placement with the trainee and offer it links, as the placement rules check it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param placement  the placement, not null
 * @param trainee  the trainee it names, not null
 * @param offer  the terms of the offer it names, not null
 */
public record PlacementCase(Placement placement, Trainee trainee, OfferTerms offer) {

    /**
     * Creates a case, checking that the trainee and offer are the ones the placement names.
     *
     * @param placement  the placement, not null
     * @param trainee  the trainee, not null
     * @param offer  the offer's terms, not null
     */
    public PlacementCase {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(offer, "offer");
        fr.cnfpt.inet.stages.domain.DomainException.require(
                placement.trainee().equals(trainee.id()) && placement.offer().equals(offer.id()),
                "the trainee and offer must be those the placement names");
    }

    /**
     * Creates a case from the whole offer.
     *
     * @param placement  the placement, not null
     * @param trainee  the trainee, not null
     * @param offer  the offer, not null
     */
    public PlacementCase(Placement placement, Trainee trainee, Offer offer) {
        this(placement, trainee, offer.terms());
    }
}
