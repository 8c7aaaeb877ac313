package fr.cnfpt.inet.stages.planning;

/**
 * The teams of a collective-project plan, as {@code plan.json} gives them ({@code teams}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param count  the teams formed (each of the edition's team size)
 * @param allCorps  the teams with a trainee of every corps the collective project is open to
 * @param bound  the most teams with every corps any plan placing as many trainees could have: the
 *     plan reaches it when {@code allCorps == bound}
 */
public record TeamMeasures(int count, int allCorps, int bound) {

    /**
     * Checks the figures.
     *
     * @param count  at least 0
     * @param allCorps  between 0 and {@code bound}
     * @param bound  between 0 and {@code count}
     */
    public TeamMeasures {
        if (count < 0 || allCorps < 0 || allCorps > bound || bound > count) {
            throw new IllegalArgumentException("the teams' figures do not add up: " + count + ", " + allCorps + ", " + bound);
        }
    }
}
