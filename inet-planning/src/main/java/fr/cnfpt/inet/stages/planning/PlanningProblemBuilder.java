package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link PlanningProblem}; {@link #build()} checks it as a whole. Each method adds to what was
 * given before; the order things are given in does not matter.
 * <p>
 * This class is mutable and not thread-safe; the problems it builds are immutable.
 */
public final class PlanningProblemBuilder {

    private final Edition edition;
    private final CohortYear cohort;
    private final InternshipType type;
    private final List<Trainee> trainees = new ArrayList<>();
    private final List<Offer> offers = new ArrayList<>();
    private final List<Wish> wishes = new ArrayList<>();
    private final List<TraineeHost> history = new ArrayList<>();
    private final List<TraineeHost> exclusions = new ArrayList<>();
    private final List<Placement> pins = new ArrayList<>();

    PlanningProblemBuilder(Edition edition, CohortYear cohort, InternshipType type) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Adds eligible trainees: of the cohort, in a corps the internship type is open to.
     *
     * @param trainees  the trainees, not null
     * @return this builder
     */
    public PlanningProblemBuilder trainees(Collection<Trainee> trainees) {
        trainees.forEach(t -> this.trainees.add(Objects.requireNonNull(t, "trainee")));
        return this;
    }

    /**
     * Adds offers. An offer of another type or cohort, or closed to a trainee's corps, is never given to
     * that trainee (the placement rules), and a wish for it is explained as such.
     *
     * @param offers  the offers, not null
     * @return this builder
     */
    public PlanningProblemBuilder offers(Collection<Offer> offers) {
        offers.forEach(o -> this.offers.add(Objects.requireNonNull(o, "offer")));
        return this;
    }

    /**
     * Adds ranked wishes, each of a trainee and an offer of the problem.
     *
     * @param wishes  the wishes, not null
     * @return this builder
     */
    public PlanningProblemBuilder wishes(Collection<Wish> wishes) {
        wishes.forEach(w -> this.wishes.add(Objects.requireNonNull(w, "wish")));
        return this;
    }

    /**
     * Adds hosts the trainees already had (earlier placements): never given again.
     *
     * @param history  the trainees' earlier hosts, not null
     * @return this builder
     */
    public PlanningProblemBuilder history(Collection<TraineeHost> history) {
        history.forEach(h -> this.history.add(Objects.requireNonNull(h, "history")));
        return this;
    }

    /**
     * Adds hosts excluded for trainees (a former employer, a conflict of interest): never given.
     *
     * @param exclusions  the exclusions, not null
     * @return this builder
     */
    public PlanningProblemBuilder exclusions(Collection<TraineeHost> exclusions) {
        exclusions.forEach(h -> this.exclusions.add(Objects.requireNonNull(h, "exclusion")));
        return this;
    }

    /**
     * Adds placements the coordinator fixed: kept as they are, the rest planned around them. A pin must
     * break no hard constraint.
     *
     * @param pins  the pinned placements, not null
     * @return this builder
     */
    public PlanningProblemBuilder pins(Collection<Placement> pins) {
        pins.forEach(p -> this.pins.add(Objects.requireNonNull(p, "pin")));
        return this;
    }

    /**
     * Builds the problem, checking it.
     *
     * @return the problem, not null
     * @throws PlanningException listing every problem found: a
     *         trainee of another cohort or of a corps the type is not open to, a trainee or offer given twice,
     *         a wish, history, exclusion or pin naming an unknown trainee or offer, two wishes of one trainee
     *         at one rank or for one offer, two pins for one trainee, a pin of another type, a pin that breaks
     *         a placement rule, the trainee's history or exclusions, or more pins on an offer than its places
     */
    public PlanningProblem build() {
        PlanningProblem problem = new PlanningProblem(edition, cohort, type, trainees, offers, wishes, history,
                exclusions, pins);
        List<String> problems = ProblemCheck.problems(problem, trainees.size(), offers.size());
        if (!problems.isEmpty()) {
            throw new PlanningException(problems);
        }
        return problem;
    }
}
