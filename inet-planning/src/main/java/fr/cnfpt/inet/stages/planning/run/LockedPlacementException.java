package fr.cnfpt.inet.stages.planning.run;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by {@link PlanningRecords#setUp} when locked placements cannot be kept: no plan is made from them,
 * as none should silently drop a placement the coordinator fixed. Each refusal says where the placement
 * was read and why; the message gives the first, in English, and names no trainee.
 */
public final class LockedPlacementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The refusals, in the order of the files and lines. */
    private final transient List<LockRefusal> refusals;

    /**
     * Creates the exception.
     *
     * @param refusals  the refusals, not empty, not null
     */
    public LockedPlacementException(List<LockRefusal> refusals) {
        super(message(refusals));
        this.refusals = List.copyOf(refusals);
    }

    private static String message(List<LockRefusal> refusals) {
        Objects.requireNonNull(refusals, "refusals");
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("a refusal at least");
        }
        LockRefusal first = refusals.get(0);
        return "locked placement " + first.locked().where() + ": " + first.message().en()
                + (refusals.size() > 1 ? " (and " + (refusals.size() - 1) + " more locked placement(s) refused)" : "");
    }

    /** @return every refusal, in the order of the files and lines, not empty, not null */
    public List<LockRefusal> refusals() {
        return refusals;
    }
}
