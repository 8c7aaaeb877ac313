package fr.cnfpt.inet.stages.planning.summary;

import fr.cnfpt.inet.stages.domain.offer.OfferId;
import java.util.Objects;

/**
 * An offer the plan leaves with free places: its id, its host's name (an organisation, never a person),
 * its places and how many of them the plan fills.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param offer  the offer, not null
 * @param hostName  the host's name, not null
 * @param places  the offer's places, at least 1
 * @param taken  the places the plan fills, from 0 to {@code places - 1}
 */
public record FreeOffer(OfferId offer, String hostName, int places, int taken) {

    /**
     * Checks the parts.
     *
     * @param offer  the offer, not null
     * @param hostName  the host's name, not null
     * @param places  at least 1
     * @param taken  from 0 to {@code places - 1}
     */
    public FreeOffer {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(hostName, "hostName");
        if (places < 1 || taken < 0 || taken >= places) {
            throw new IllegalArgumentException("offer " + offer + ": " + taken + " of " + places
                    + " place(s) taken is not an offer left free");
        }
    }

    /** @return the places left free, at least 1 */
    public int free() {
        return places - taken;
    }
}
