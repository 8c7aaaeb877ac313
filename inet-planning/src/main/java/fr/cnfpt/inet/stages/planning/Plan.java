package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a planning run: the placements (pins included), the trainees left unplaced with the reason,
 * the figures, the value of the objective reached (the proven optimum) and the weights applied.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Plan {

    private final List<Placement> placements;
    private final List<Unplaced> unplaced;
    private final PlanMeasures measures;
    private final Objective objective;
    private final Weights weights;
    private final Optional<TeamMeasures> teams;

    Plan(List<Placement> placements, List<Unplaced> unplaced, PlanMeasures measures, Objective objective, Weights weights,
            Optional<TeamMeasures> teams) {
        this.teams = Objects.requireNonNull(teams, "teams");
        this.placements = List.copyOf(placements);
        this.unplaced = List.copyOf(unplaced);
        this.measures = Objects.requireNonNull(measures, "measures");
        this.objective = Objects.requireNonNull(objective, "objective");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** @return the placements, pins included, by trainee id, not null */
    public List<Placement> placements() {
        return placements;
    }

    /** @return the trainees left unplaced and why, by trainee id, not null */
    public List<Unplaced> unplaced() {
        return unplaced;
    }

    /** @return the figures of {@code plan.json}, not null */
    public PlanMeasures measures() {
        return measures;
    }

    /** @return the value of the objective the plan reaches, not null */
    public Objective objective() {
        return objective;
    }

    /** @return the weights the planner applied, not null */
    public Weights weights() {
        return weights;
    }

    /** @return the teams' figures of a collective-project plan; empty for the other internship types */
    public Optional<TeamMeasures> teams() {
        return teams;
    }

    /**
     * Finds a trainee's placement.
     *
     * @param trainee  the trainee, not null
     * @return the placement, or empty if the trainee is unplaced or not in the problem
     */
    public Optional<Placement> placementOf(TraineeId trainee) {
        Objects.requireNonNull(trainee, "trainee");
        return placements.stream().filter(p -> p.trainee().equals(trainee)).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Plan that && placements.equals(that.placements) && unplaced.equals(that.unplaced)
                && measures.equals(that.measures) && objective.equals(that.objective) && weights.equals(that.weights) && teams.equals(that.teams);
    }

    @Override
    public int hashCode() {
        return Objects.hash(placements, unplaced, measures, objective);
    }

    @Override
    public String toString() {
        return "Plan: " + measures;
    }
}
