package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Objects;

/**
 * The published rule that breaks ties between equally good plans of a collective project (criterion 5 of
 * {@code docs/planning.md}): of the plans best on criteria 1 to 4, the one with the smallest sum of the tie weights
 * of its placements on a wished offer (pins aside). A placement's tie weight is a whole number from 0 to 1,023 that anyone can compute from the two
 * identifiers: the first two bytes of the SHA-256 digest of {@code "<trainee id>→<offer id>"} (UTF-8), big-endian,
 * modulo 1,024. It depends on neither the input's order nor chance, and, being scattered, it almost always leaves
 * exactly one best plan: a plan that does not depend on which exact solver found it.
 * <p>
 * The weights stay below 1,024 so that a cohort's sum (at most 1,023 per trainee) stays far below a million, where
 * SCIP's relative tolerance could confuse two sums a unit apart ({@code ScipSolving}).
 * <p>
 * Public so that anyone can check a plan's criterion 5: {@code plan.json} gives the sum as
 * {@code objective.tieWeights}.
 */
public final class TieBreak {

    /** The largest tie weight plus one. */
    public static final int WEIGHTS = 1024;

    private TieBreak() {
    }

    /**
     * Returns the tie weight of a placement.
     *
     * @param trainee  the trainee, not null
     * @param offer  the offer, not null
     * @return a whole number from 0 to {@value #WEIGHTS} − 1
     */
    public static int weight(TraineeId trainee, OfferId offer) {
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(offer, "offer");
        byte[] digest = sha256().digest((trainee.value() + "→" + offer.value()).getBytes(StandardCharsets.UTF_8));
        return (((digest[0] & 0xFF) << 8) | (digest[1] & 0xFF)) % WEIGHTS;
    }

    /**
     * Returns the value of criterion 5 for placements of a problem: the sum of the tie weights of the placements
     * on a wished offer, pins aside.
     *
     * @param problem  the problem, not null
     * @param placements  placements of the problem's trainees, not null
     * @return the sum, 0 or more
     */
    public static long sumOf(PlanningProblem problem, Collection<Placement> placements) {
        Objects.requireNonNull(problem, "problem");
        long sum = 0;
        for (Placement placement : placements) {
            boolean pinned = problem.pins().stream().anyMatch(pin -> pin.trainee().equals(placement.trainee()));
            boolean wished = problem.wishesOf(placement.trainee()).stream().anyMatch(w -> w.offer().equals(placement.offer()));
            if (!pinned && wished) {
                sum += weight(placement.trainee(), placement.offer());
            }
        }
        return sum;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
