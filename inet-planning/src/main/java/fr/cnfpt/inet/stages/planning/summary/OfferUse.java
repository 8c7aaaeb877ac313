package fr.cnfpt.inet.stages.planning.summary;

import java.util.List;

/**
 * How a plan uses the offers: how many offers and places there were, how many places it fills, and the
 * offers it leaves with free places. Offers are about host organisations, not people.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param offers  the offers planned, at least 0
 * @param places  their places, at least {@code offers}
 * @param taken  the places the plan fills, from 0 to {@code places}
 * @param leftFree  the offers with at least one free place, by offer id, not null
 */
public record OfferUse(int offers, int places, int taken, List<FreeOffer> leftFree) {

    /**
     * Checks the counts and copies the list.
     *
     * @param offers  at least 0
     * @param places  at least {@code offers}
     * @param taken  from 0 to {@code places}
     * @param leftFree  the offers with free places, whose free places add up to {@code places - taken}
     */
    public OfferUse {
        leftFree = List.copyOf(leftFree);
        int free = leftFree.stream().mapToInt(FreeOffer::free).sum();
        if (offers < 0 || places < offers || taken < 0 || taken > places || free != places - taken
                || leftFree.size() > offers) {
            throw new IllegalArgumentException("the offers' figures do not add up: " + offers + " offer(s), " + places
                    + " place(s), " + taken + " taken, " + free + " free");
        }
    }

    /** @return the places left free */
    public int freePlaces() {
        return places - taken;
    }

    /** @return the offers the plan gives to nobody */
    public int withoutPlacement() {
        return (int) leftFree.stream().filter(offer -> offer.taken() == 0).count();
    }
}
