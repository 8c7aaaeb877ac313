package fr.cnfpt.inet.stages.planning;

import java.util.Objects;

/**
 * The weights that turn the planner's lexicographic objective into one minimum-cost flow
 * (docs/planning.md, "Objective"). With {@code n} trainees to place (the pinned ones aside) and {@code R}
 * the highest rank of any wish:
 * <ul>
 * <li>a trainee placed on the offer of their wish of rank {@code r} costs {@code r²} (1, 4, 9, 16, 25...):
 *     convex, so that moving one trainee from a fifth to a fourth choice (25 to 16: 9 saved) weighs more
 *     than moving another from a second to a first (4 to 1: 3 saved);</li>
 * <li>a trainee placed outside their wishes costs {@code W = n·R² + 1}, more than the rank costs of all
 *     trainees together, so one more trainee within their wishes is always worth any change of ranks;</li>
 * <li>a trainee left unplaced costs {@code U = n·W + 1}, more than every other cost together, so one more
 *     trainee placed is always worth anything else.</li>
 * </ul>
 * All costs are integers; the largest total, {@code n·U}, is kept below 2<sup>52</sup> so that the
 * solver's double arithmetic is exact.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Weights {

    /** The largest total cost for which doubles still count every unit exactly. */
    private static final double EXACT_LIMIT = Math.pow(2, 52);

    private final int trainees;
    private final int maxRank;
    private final long outsideWishes;
    private final long unplaced;

    private Weights(int trainees, int maxRank) {
        this.trainees = trainees;
        this.maxRank = maxRank;
        this.outsideWishes = (long) trainees * rankCost(maxRank) + 1;
        this.unplaced = trainees * outsideWishes + 1;
    }

    /**
     * Obtains the weights for a number of trainees to place and a highest rank.
     *
     * @param trainees  the trainees the flow places (pinned ones aside), 0 or more
     * @param maxRank  the highest rank of any wish, 1 or more
     * @return the weights, not null
     * @throws PlanningException if the costs would be too large for exact arithmetic
     */
    public static Weights of(int trainees, int maxRank) {
        if (trainees < 0 || maxRank < 1) {
            throw new PlanningException(java.util.List.of("Weights need 0 or more trainees and a highest rank of 1 or more."));
        }
        Weights weights = new Weights(trainees, maxRank);
        if ((double) trainees * weights.unplaced >= EXACT_LIMIT) {
            throw new PlanningException(java.util.List.of("Too many trainees (" + trainees + ") or ranks (" + maxRank
                    + ") for the costs to stay exact: plan the cohort in parts."));
        }
        return weights;
    }

    /**
     * Returns the cost of a placement on the wish of a rank: its square.
     *
     * @param rank  the wish's rank, 1 or more
     * @return {@code rank²}
     */
    public static long rankCost(int rank) {
        return (long) rank * rank;
    }

    /** @return the number of trainees the flow places ({@code n}) */
    public int trainees() {
        return trainees;
    }

    /** @return the highest rank of any wish ({@code R}) */
    public int maxRank() {
        return maxRank;
    }

    /** @return the cost of a trainee placed outside their wishes, {@code W = n·R² + 1} */
    public long outsideWishesCost() {
        return outsideWishes;
    }

    /** @return the cost of a trainee left unplaced, {@code U = n·W + 1} */
    public long unplacedCost() {
        return unplaced;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weights that && trainees == that.trainees && maxRank == that.maxRank;
    }

    @Override
    public int hashCode() {
        return Objects.hash(trainees, maxRank);
    }

    @Override
    public String toString() {
        return "rank r costs r², outside wishes " + outsideWishes + ", unplaced " + unplaced;
    }
}
