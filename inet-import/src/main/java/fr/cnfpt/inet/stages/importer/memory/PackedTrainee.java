package fr.cnfpt.inet.stages.importer.memory;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.Objects;

/**
 * An accepted trainee packed in one {@code long}, as a {@link CompactIndex} keeps it: corps,
 * cohort and, for the statistics' mobility, the région of the placement of each internship by
 * rank; never the id. Never 0, so that 0 can say "absent". The layout, from the lowest bit:
 * <pre>
 * bit  0       1 (present)
 * bits 1-4     corps (ordinal)
 * bits 5-12    cohort year minus {@value CohortYear#MIN_YEAR}
 * bits 13-60   the région ({@link PackedRegion}) of the placement of rank 1 to 8, 6 bits each
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PackedTrainee {

    /** The highest internship rank whose placement's région is kept. */
    public static final int RANKS = 8;

    private static final int CORPS = 1;
    private static final int COHORT = 5;
    private static final int REGIONS = 13;

    static {
        if (Corps.values().length > 16 || CohortYear.MAX_YEAR - CohortYear.MIN_YEAR > 0xFF) {
            throw new ExceptionInInitializerError("the domain has outgrown PackedTrainee's layout");
        }
    }

    private PackedTrainee() {
    }

    /**
     * Packs a trainee, with no placement.
     *
     * @param trainee  the trainee, not null
     * @return the packed trainee, never 0
     */
    public static long of(Trainee trainee) {
        Objects.requireNonNull(trainee, "trainee");
        return 1L | (long) trainee.corps().ordinal() << CORPS
                | (long) (trainee.cohort().year() - CohortYear.MIN_YEAR) << COHORT;
    }

    /**
     * Unpacks a trainee.
     *
     * @param packed  a packed trainee
     * @param id  the trainee's id, not null
     * @return the trainee, not null
     */
    public static Trainee trainee(long packed, TraineeId id) {
        return Trainee.of(id, corps(packed), cohort(packed));
    }

    /**
     * Returns a packed trainee's corps.
     *
     * @param packed  a packed trainee
     * @return the trainee's corps, not null
     */
    public static Corps corps(long packed) {
        return Corps.values()[(int) (packed >>> CORPS & 0xF)];
    }

    /**
     * Returns a packed trainee's cohort.
     *
     * @param packed  a packed trainee
     * @return the trainee's cohort, not null
     */
    public static CohortYear cohort(long packed) {
        return CohortYear.of((int) (packed >>> COHORT & 0xFF) + CohortYear.MIN_YEAR);
    }

    /**
     * Records the région of a placement; a rank outside 1 to {@link #RANKS} is not kept.
     *
     * @param packed  a packed trainee
     * @param rank  the internship's rank, from 1
     * @param region  the placement's région, as {@link PackedRegion} packs it
     * @return the packed trainee with the région recorded
     */
    public static long withRegion(long packed, int rank, int region) {
        if (rank < 1 || rank > RANKS) {
            return packed;
        }
        if (region < 0 || region > 0x3F) {
            throw new IllegalArgumentException("not a packed région: " + region);
        }
        int shift = REGIONS + 6 * (rank - 1);
        return packed & ~(0x3FL << shift) | (long) region << shift;
    }

    /**
     * Returns the région of the placement of an internship, by rank.
     *
     * @param packed  a packed trainee
     * @param rank  an internship's rank, from 1
     * @return the région of its placement, {@link PackedRegion#NONE} if none is recorded
     */
    public static int region(long packed, int rank) {
        return rank < 1 || rank > RANKS ? PackedRegion.NONE : (int) (packed >>> (REGIONS + 6 * (rank - 1)) & 0x3F);
    }
}
