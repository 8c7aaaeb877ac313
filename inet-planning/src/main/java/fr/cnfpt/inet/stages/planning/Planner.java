package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Plans the placements of one internship type of one cohort, and explains them.
 * <p>
 * Hard constraints: every placement rule of the catalogue (type, corps eligibility of the type and of the
 * offer, same cohort), each offer's places, at most one placement per trainee, never a host of the trainee's
 * history or exclusions, the pins kept; for a collective project, teams of exactly the edition's size mixing
 * corps, with a local authority above the edition's population threshold. Objective, in strict lexicographic
 * order: (1) as many trainees placed as the places allow; (2) for a collective project, as many teams as
 * possible with every corps; (3) as many trainees as possible within their wishes; (4) the smallest sum of
 * {@code rank²} (convex). Two minimum-cost flows with the costs of {@link Weights} reach exactly that optimum
 * ({@link FlowNetwork}); a collective project is a mixed-integer programme solved criterion by criterion
 * ({@link TeamNetwork}); each of its placements then carries its team number on the offer ({@link TeamSplit}).
 * Ties are broken by the canonical order of the network (docs/planning.md, "Ties"): the same problem gives
 * the same plan, whatever order its parts were given in.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * Plans a problem.
     *
     * @param problem  the problem, not null
     * @return the plan, which reaches the optimum of the objective, not null
     * @throws PlanningException if the problem is too large for exact costs ({@link Weights#of})
     */
    public static Plan plan(PlanningProblem problem) {
        return plan(problem, TeamNetwork::solve);
    }

    /** How a collective project's programme is solved: {@link TeamNetwork#solve}, or in tests ojAlgo alone. */
    interface TeamSolver {
        TeamNetwork.Solution solve(PlanningProblem problem, Admissibility admissibility, TeamShape shape, Weights weights);
    }

    /** Plans a problem, solving a collective project's programme with the given solver. */
    static Plan plan(PlanningProblem problem, TeamSolver teamSolver) {
        Objects.requireNonNull(problem, "problem");
        Admissibility admissibility = new Admissibility(problem);
        Weights weights = weightsOf(problem);
        Optional<TeamShape> shape = TeamShape.of(problem);
        Map<TraineeId, OfferId> solution;
        Map<OfferId, Integer> teams = Map.of();
        if (shape.isPresent()) {
            TeamNetwork.Solution programme = teamSolver.solve(problem, admissibility, shape.get(), weights);
            solution = programme.placed();
            teams = programme.teams();
        } else {
            solution = FlowNetwork.solve(problem, admissibility, weights);
        }
        List<Placement> planned = new ArrayList<>(problem.pins());
        solution.forEach((trainee, offer) -> planned.add(Placement.of(trainee, offer, problem.type())));
        List<Placement> placements = shape.isPresent() ? numberTeams(problem, shape.get(), planned) : planned;
        placements.sort(Comparator.comparing(p -> p.trainee().value()));
        List<Unplaced> unplaced = new ArrayList<>();
        for (Trainee trainee : problem.trainees()) {
            if (placements.stream().noneMatch(p -> p.trainee().equals(trainee.id()))) {
                unplaced.add(new Unplaced(trainee.id(), reason(problem, admissibility, trainee, teams)));
            }
        }
        Objective objective = Objective.of(problem, placements);
        Optional<TeamMeasures> teamMeasures = shape.map(s -> {
            int count = s.teamsOf(problem, placements).count();
            return new TeamMeasures(count, objective.allCorpsTeams(), s.bound(problem, count));
        });
        return new Plan(placements, unplaced, measures(problem, placements, objective), objective, weights, teamMeasures);
    }

    /**
     * Explains one trainee's outcome: their wishes, what they got, the weights applied, and why each better
     * wish was not given (a hard constraint, or what giving it would have cost the others, found by planning
     * again with that wish pinned).
     *
     * @param problem  the problem, not null
     * @param plan  the plan of that problem ({@link #plan(PlanningProblem)}), not null
     * @param trainee  a trainee of the problem, not null
     * @return the explanation, not null
     * @throws PlanningException if the trainee is not in the problem
     */
    public static Explanation explain(PlanningProblem problem, Plan plan, TraineeId trainee) {
        return Explainer.explain(problem, plan, trainee);
    }

    /** Each placement of a collective project with its team number on its offer ({@link TeamSplit}). */
    private static List<Placement> numberTeams(PlanningProblem problem, TeamShape shape, List<Placement> placements) {
        Map<OfferId, List<Placement>> byOffer = new TreeMap<>(Comparator.comparing(OfferId::value));
        placements.forEach(p -> byOffer.computeIfAbsent(p.offer(), o -> new ArrayList<>()).add(p));
        List<Placement> numbered = new ArrayList<>();
        byOffer.forEach((offer, onOffer) -> {
            List<Trainee> trainees = onOffer.stream().map(p -> problem.trainee(p.trainee()).orElseThrow()).toList();
            Map<TraineeId, Integer> wanted = new HashMap<>();
            onOffer.forEach(p -> p.teamNumber().ifPresent(n -> wanted.put(p.trainee(), n)));
            Map<TraineeId, Integer> split = TeamSplit.of(shape, trainees, wanted);
            onOffer.forEach(p -> numbered.add(p.withTeam(split.get(p.trainee()))));
        });
        return numbered;
    }

    static Weights weightsOf(PlanningProblem problem) {
        int maxRank = problem.wishes().stream().mapToInt(Wish::rank).max().orElse(1);
        return Weights.of(FlowNetwork.freeTrainees(problem).size(), maxRank);
    }

    private static UnplacedReason reason(PlanningProblem problem, Admissibility admissibility, Trainee trainee,
            Map<OfferId, Integer> teams) {
        boolean eligible = false;
        boolean allowed = false;
        boolean teamLeft = false;
        for (Offer offer : problem.offers()) {
            Barrier barrier = admissibility.barrier(trainee, offer);
            if (barrier.allows()) {
                allowed = true;
                teamLeft |= teams.getOrDefault(offer.id(), offer.places()) < offer.places();
            }
            eligible |= barrier.kind() != Barrier.Kind.RULES;
        }
        if (allowed) {
            return teamLeft ? UnplacedReason.NO_COMPLETE_TEAM : UnplacedReason.NO_FREE_PLACE;
        }
        return eligible ? UnplacedReason.ALL_ELIGIBLE_OFFERS_EXCLUDED : UnplacedReason.NO_ELIGIBLE_OFFER;
    }

    private static PlanMeasures measures(PlanningProblem problem, List<Placement> placements, Objective objective) {
        SortedMap<Integer, Integer> ranks = new TreeMap<>();
        for (Placement placement : placements) {
            problem.wishesOf(placement.trainee()).stream().filter(w -> w.offer().equals(placement.offer()))
                    .forEach(w -> ranks.merge(w.rank(), 1, Integer::sum));
        }
        return new PlanMeasures(objective.trainees(), objective.placed(), objective.withinWishes(),
                objective.outsideWishes(), objective.unplaced(), ranks);
    }
}
