package fr.cnfpt.inet.stages.planning.run;

import fr.cnfpt.inet.stages.planning.PlanningProblem;
import java.util.Objects;

/**
 * The planning problem of one internship type of one cohort, and what it was made of: the figures
 * {@code plan.json} gives under {@code inputs}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param problem  the problem, not null
 * @param wishesLeftOut  the accepted wishes not in the problem (of a trainee not planned, or for an offer of
 *     another type or cohort), 0 or more
 * @param historyHosts  the distinct (trainee, host) pairs of the earlier placements of the planned trainees
 * @param exclusionHosts  the distinct (trainee, host) pairs of the exclusions of the planned trainees
 * @param pins  the locked placements kept as they are
 */
public record PlanningSetup(PlanningProblem problem, int wishesLeftOut, int historyHosts, int exclusionHosts,
        int pins) {

    /**
     * Creates a setup.
     *
     * @param problem  the problem, not null
     * @param wishesLeftOut  the wishes left out, 0 or more
     * @param historyHosts  the history's pairs, 0 or more
     * @param exclusionHosts  the exclusions' pairs, 0 or more
     * @param pins  the locked placements kept, 0 or more
     */
    public PlanningSetup {
        Objects.requireNonNull(problem, "problem");
        if (wishesLeftOut < 0 || historyHosts < 0 || exclusionHosts < 0 || pins < 0) {
            throw new IllegalArgumentException("counts are 0 or more");
        }
    }
}
