package fr.cnfpt.inet.stages.planning.summary;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a plan gives a group of trainees (all of them, or those of one corps), counted: how many got the
 * wish of each rank, how many were placed outside their wishes and how many were left unplaced.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param rankCounts  rank → trainees placed on their wish of that rank, ranks ascending, unmodifiable
 * @param outsideWishes  the trainees placed outside their wishes, at least 0
 * @param unplaced  the trainees left unplaced, at least 0
 */
public record Outcomes(SortedMap<Integer, Integer> rankCounts, int outsideWishes, int unplaced) {

    /** The ranks that count as the "top three": 1 to 3. */
    public static final int TOP_RANKS = 3;

    /**
     * Checks the counts and copies the rank counts.
     *
     * @param rankCounts  rank (from 1) → trainees (at least 1), not null
     * @param outsideWishes  at least 0
     * @param unplaced  at least 0
     */
    public Outcomes {
        rankCounts = Collections.unmodifiableSortedMap(new TreeMap<>(rankCounts));
        if (outsideWishes < 0 || unplaced < 0) {
            throw new IllegalArgumentException("negative counts: " + outsideWishes + ", " + unplaced);
        }
        rankCounts.forEach((rank, count) -> {
            if (rank < 1 || count < 1) {
                throw new IllegalArgumentException("rank " + rank + " counted " + count + " time(s)");
            }
        });
    }

    /** @return the trainees of the group: placed or not */
    public int trainees() {
        return placed() + unplaced;
    }

    /** @return the trainees placed, within or outside their wishes */
    public int placed() {
        return withinWishes() + outsideWishes;
    }

    /** @return the trainees placed on one of their wishes */
    public int withinWishes() {
        return rankCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return the trainees placed on their first wish */
    public int firstChoice() {
        return rankCounts.getOrDefault(1, 0);
    }

    /** @return the trainees placed on one of their first {@value #TOP_RANKS} wishes */
    public int topThree() {
        return rankCounts.headMap(TOP_RANKS + 1).values().stream().mapToInt(Integer::intValue).sum();
    }
}
