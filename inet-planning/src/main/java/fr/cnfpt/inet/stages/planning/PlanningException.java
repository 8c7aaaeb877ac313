package fr.cnfpt.inet.stages.planning;

import java.util.List;

/**
 * Thrown when a planning problem cannot be planned as given: an input that contradicts itself (a wish for an
 * unknown offer, two wishes of one trainee at one rank, a pin that breaks a hard constraint...), a trainee
 * who is not eligible, or an internship type this planner does not plan (collective projects, planned by
 * teams). It lists every problem found, not only the first.
 * <p>
 * This is a refusal of the input, which an importer should have reported as data problems before; it
 * never reports a trainee who cannot be placed: that is a result ({@link Plan#unplaced()}).
 */
public final class PlanningException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems found, each one sentence. */
    private final List<String> problems;

    /**
     * Creates an exception.
     *
     * @param problems  the problems found, each one sentence, not empty
     */
    public PlanningException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems found.
     *
     * @return the problems, each one sentence, not empty
     */
    public List<String> problems() {
        return problems;
    }
}
