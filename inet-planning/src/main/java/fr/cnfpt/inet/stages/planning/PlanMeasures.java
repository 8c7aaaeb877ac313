package fr.cnfpt.inet.stages.planning;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of a plan, as {@code plan.json} gives them: the eligible trainees, how many are placed,
 * within and outside their wishes, unplaced, and how many got the wish of each rank.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param trainees  the eligible trainees
 * @param placed  the trainees placed, pins included
 * @param withinWishes  the trainees placed on one of their wishes
 * @param outsideWishes  the trainees placed outside their wishes
 * @param unplaced  the trainees left unplaced
 * @param rankCounts  rank → trainees placed on their wish of that rank, ranks ascending, unmodifiable
 */
public record PlanMeasures(int trainees, int placed, int withinWishes, int outsideWishes, int unplaced,
        SortedMap<Integer, Integer> rankCounts) {

    /**
     * Checks that the figures add up, and copies the rank counts.
     *
     * @param trainees  the eligible trainees
     * @param placed  placed = within + outside
     * @param withinWishes  the sum of the rank counts
     * @param outsideWishes  placed outside wishes
     * @param unplaced  trainees − placed
     * @param rankCounts  the counts per rank, not null
     */
    public PlanMeasures {
        rankCounts = Collections.unmodifiableSortedMap(new TreeMap<>(rankCounts));
        int sum = rankCounts.values().stream().mapToInt(Integer::intValue).sum();
        if (placed != withinWishes + outsideWishes || trainees != placed + unplaced || sum != withinWishes
                || Math.min(Math.min(withinWishes, outsideWishes), unplaced) < 0) {
            throw new IllegalArgumentException("the plan's figures do not add up");
        }
    }
}
