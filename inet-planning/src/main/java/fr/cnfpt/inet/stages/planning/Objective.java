package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import java.util.Collection;
import java.util.Objects;

/**
 * The value of a plan under the planner's objective, compared in this order: (1) more trainees placed,
 * (2) for collective projects, more teams with every corps ({@link TeamShape}; 0 for the other types),
 * (3) then more trainees within their wishes, (4) then a smaller sum of rank costs ({@link Weights#rankCost}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param trainees  the eligible trainees, 0 or more
 * @param placed  the trainees placed, pins included
 * @param allCorpsTeams  the teams with every corps of a collective project, 0 for the other types
 * @param withinWishes  the trainees placed on one of their wishes
 * @param rankCost  the sum of {@code rank²} over the trainees placed within their wishes
 */
public record Objective(int trainees, int placed, int allCorpsTeams, int withinWishes, long rankCost) implements Comparable<Objective> {

    /**
     * Creates a value, checking its counts.
     *
     * @param trainees  the eligible trainees
     * @param placed  the trainees placed, at most {@code trainees}
     * @param allCorpsTeams  the teams with every corps, 0 or more
     * @param withinWishes  the trainees within their wishes, at most {@code placed}
     * @param rankCost  the sum of rank costs, 0 or more
     */
    public Objective {
        if (trainees < 0 || placed < 0 || placed > trainees || withinWishes < 0 || withinWishes > placed || rankCost < 0
                || allCorpsTeams < 0) {
            throw new IllegalArgumentException("inconsistent objective: " + trainees + ", " + placed + ", "
                    + allCorpsTeams + ", " + withinWishes + ", " + rankCost);
        }
    }

    /**
     * Evaluates placements of a problem's trainees, whoever made them.
     *
     * @param problem  the problem, not null
     * @param placements  at most one placement per trainee of the problem, not null
     * @return the value, not null
     */
    public static Objective of(PlanningProblem problem, Collection<Placement> placements) {
        Objects.requireNonNull(problem, "problem");
        int within = 0;
        long cost = 0;
        for (Placement placement : placements) {
            for (Wish wish : problem.wishesOf(placement.trainee())) {
                if (wish.offer().equals(placement.offer())) {
                    within++;
                    cost += Weights.rankCost(wish.rank());
                }
            }
        }
        int allCorps = TeamShape.of(problem).map(shape -> shape.teamsOf(problem, placements).allCorps()).orElse(0);
        return new Objective(problem.trainees().size(), placements.size(), allCorps, within, cost);
    }

    /** @return the trainees placed outside their wishes */
    public int outsideWishes() {
        return placed - withinWishes;
    }

    /** @return the trainees left unplaced */
    public int unplaced() {
        return trainees - placed;
    }

    /**
     * Returns the cost the second flow minimises, the number placed being fixed: outside wishes × W + rank costs.
     *
     * @param weights  the weights, not null
     * @return the weighted cost
     */
    public long cost(Weights weights) {
        return outsideWishes() * weights.outsideWishesCost() + rankCost;
    }

    /**
     * Compares two values: negative when this one is better.
     *
     * @param other  the other value, not null
     * @return negative if this is better, 0 if equal, positive if worse
     */
    @Override
    public int compareTo(Objective other) {
        int byPlaced = Integer.compare(other.placed, placed);
        if (byPlaced != 0) {
            return byPlaced;
        }
        int byTeams = Integer.compare(other.allCorpsTeams, allCorpsTeams);
        if (byTeams != 0) {
            return byTeams;
        }
        int byWithin = Integer.compare(other.withinWishes, withinWishes);
        return byWithin != 0 ? byWithin : Long.compare(rankCost, other.rankCost);
    }
}
