package fr.cnfpt.inet.stages.planning;

import java.util.Objects;

/**
 * The weights of the planner's objective (docs/planning.md, "Objective"). Criterion (1), as many trainees
 * placed as the places allow, is imposed first: a first exact flow finds that number, and the second flow
 * must place exactly that many. Criteria (3) and (4) are then one minimum-cost flow with these costs, with
 * {@code n} trainees to place (the pinned ones aside) and {@code R} the highest rank of any wish:
 * <ul>
 * <li>a trainee placed on the offer of their wish of rank {@code r} costs {@code r²} (1, 4, 9, 16, 25...):
 *     convex, so that moving one trainee from a fourth to a third choice (16 to 9: 7 saved) weighs more
 *     than moving another from a second to a first (4 to 1: 3 saved);</li>
 * <li>a trainee placed outside their wishes costs {@code W = n·R² + 1}, more than the rank costs of all
 *     trainees together, so one more trainee within their wishes is always worth any change of ranks.</li>
 * </ul>
 * All costs are integers, and {@code n·W} is kept below 10<sup>9</sup>, the cost JGraphT's solver treats as
 * infinite, so that its arithmetic is exact and its artificial arcs are never worth using.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Weights {

    /** The bound on {@code n·W}: JGraphT's {@code CapacityScalingMinimumCostFlow.COST_INF}. */
    private static final double LIMIT = org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow.COST_INF;

    private final int trainees;
    private final int maxRank;
    private final long outsideWishes;

    private Weights(int trainees, int maxRank) {
        this.trainees = trainees;
        this.maxRank = maxRank;
        this.outsideWishes = (long) trainees * rankCost(maxRank) + 1;
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
        if ((double) trainees * weights.outsideWishes >= LIMIT) {
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
        return "rank r costs r², outside wishes " + outsideWishes;
    }
}
