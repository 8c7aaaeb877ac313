package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds a trainee's {@link Explanation}, planning again with each better wish pinned. */
final class Explainer {

    private Explainer() {
    }

    static Explanation explain(PlanningProblem problem, Plan plan, TraineeId id) {
        Trainee trainee = problem.trainee(id)
                .orElseThrow(() -> new PlanningException(List.of("Trainee " + id + " is not in the problem.")));
        Admissibility admissibility = new Admissibility(problem);
        List<Wish> wishes = problem.wishesOf(id);
        Optional<Placement> placement = plan.placementOf(id);
        OptionalInt rank = placement.map(p -> wishes.stream().filter(w -> w.offer().equals(p.offer()))
                .mapToInt(Wish::rank).findFirst()).orElse(OptionalInt.empty());
        boolean pinned = problem.pins().stream().anyMatch(p -> p.trainee().equals(id));
        List<WishRefusal> refusals = new ArrayList<>();
        for (Wish wish : wishes) {
            if (rank.isPresent() && wish.rank() >= rank.getAsInt()) {
                break;
            }
            refusals.add(refusal(problem, plan, admissibility, trainee, wish, pinned));
        }
        Unplaced unplaced = plan.unplaced().stream().filter(u -> u.trainee().equals(id)).findFirst().orElse(null);
        return new Explanation(id, wishes, placement.orElse(null), pinned, unplaced, plan.weights(), refusals,
                ExplanationText.of(problem, plan, id, rank, pinned, unplaced, refusals));
    }

    private static WishRefusal refusal(PlanningProblem problem, Plan plan, Admissibility admissibility, Trainee trainee,
            Wish wish, boolean pinned) {
        Offer offer = problem.offer(wish.offer()).orElseThrow();
        Barrier barrier = admissibility.barrier(trainee, offer);
        switch (barrier.kind()) {
            case RULES:
                return new WishRefusal(wish, RefusalReason.RULES, barrier.violations(), null);
            case HISTORY:
                return new WishRefusal(wish, RefusalReason.HISTORY, List.of(), null);
            case EXCLUSION:
                return new WishRefusal(wish, RefusalReason.EXCLUSION, List.of(), null);
            default:
                break;
        }
        if (pinned) {
            return new WishRefusal(wish, RefusalReason.PINNED, List.of(), null);
        }
        if (FlowNetwork.freePlaces(problem).get(offer.id()) <= 0) {
            return new WishRefusal(wish, RefusalReason.OFFER_PINNED_FULL, List.of(), null);
        }
        Objective forced;
        try {
            forced = Planner.plan(problem.withPin(Placement.of(trainee.id(), offer.id(), problem.type()))).objective();
        } catch (PlanningException e) {
            return new WishRefusal(wish, RefusalReason.NO_FULL_TEAM, List.of(), null);
        }
        int comparison = forced.compareTo(plan.objective());
        if (comparison < 0) {
            throw new IllegalStateException("the plan is not optimal: giving wish " + wish.rank() + " of trainee "
                    + trainee.id() + " reaches " + forced + " against " + plan.objective());
        }
        return new WishRefusal(wish, comparison == 0 ? RefusalReason.TIE : RefusalReason.COSTS_OTHERS, List.of(), forced);
    }
}
