package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of a whole problem, every problem found as one sentence, in the problem's canonical order. */
final class ProblemCheck {

    private ProblemCheck() {
    }

    static List<String> problems(PlanningProblem problem, int traineesGiven, int offersGiven) {
        List<String> problems = new ArrayList<>();
        if (problem.trainees().stream().map(Trainee::id).distinct().count() != traineesGiven) {
            problems.add("A trainee is given twice.");
        }
        if (problem.offers().stream().map(Offer::id).distinct().count() != offersGiven) {
            problems.add("An offer is given twice.");
        }
        for (Trainee trainee : problem.trainees()) {
            if (!trainee.cohort().equals(problem.cohort())) {
                problems.add("Trainee " + trainee.id() + " is in cohort " + trainee.cohort() + ", not " + problem.cohort() + ".");
            }
            if (!problem.edition().catalogue().isOpen(problem.type(), trainee.corps())) {
                problems.add("Trainee " + trainee.id() + " is not eligible: " + problem.type() + " is not open to "
                        + trainee.corps() + ".");
            }
        }
        checkWishes(problem, problems);
        problem.history().stream().filter(h -> problem.trainee(h.trainee()).isEmpty())
                .forEach(h -> problems.add("A host of the history names unknown trainee " + h.trainee() + "."));
        problem.exclusions().stream().filter(h -> problem.trainee(h.trainee()).isEmpty())
                .forEach(h -> problems.add("An exclusion names unknown trainee " + h.trainee() + "."));
        checkPins(problem, problems);
        return problems;
    }

    private static void checkWishes(PlanningProblem problem, List<String> problems) {
        Set<String> ranks = new HashSet<>();
        Set<String> offers = new HashSet<>();
        for (Wish wish : problem.wishes()) {
            if (problem.trainee(wish.trainee()).isEmpty()) {
                problems.add("A wish names unknown trainee " + wish.trainee() + ".");
            }
            if (problem.offer(wish.offer()).isEmpty()) {
                problems.add("Trainee " + wish.trainee() + " wishes for unknown offer " + wish.offer() + ".");
            }
            if (!ranks.add(wish.trainee().value() + "\n" + wish.rank())) {
                problems.add("Trainee " + wish.trainee() + " has two wishes at rank " + wish.rank() + ".");
            }
            if (!offers.add(wish.trainee().value() + "\n" + wish.offer().value())) {
                problems.add("Trainee " + wish.trainee() + " wishes for offer " + wish.offer() + " twice.");
            }
        }
    }

    private static void checkPins(PlanningProblem problem, List<String> problems) {
        Admissibility admissibility = new Admissibility(problem);
        Set<TraineeId> pinned = new HashSet<>();
        Map<OfferId, Integer> taken = new HashMap<>();
        for (Placement pin : problem.pins()) {
            if (!pinned.add(pin.trainee())) {
                problems.add("Trainee " + pin.trainee() + " is pinned twice.");
            }
            if (pin.type() != problem.type()) {
                problems.add("The pin of trainee " + pin.trainee() + " is for " + pin.type() + ", not " + problem.type() + ".");
            }
            Trainee trainee = problem.trainee(pin.trainee()).orElse(null);
            Offer offer = problem.offer(pin.offer()).orElse(null);
            if (trainee == null || offer == null) {
                problems.add("The pin of trainee " + pin.trainee() + " on offer " + pin.offer()
                        + " names an unknown " + (trainee == null ? "trainee." : "offer."));
                continue;
            }
            Barrier barrier = admissibility.barrier(trainee, offer);
            if (!barrier.allows()) {
                problems.add("The pin of trainee " + pin.trainee() + " on offer " + pin.offer() + " breaks a hard constraint: "
                        + (barrier.kind() == Barrier.Kind.RULES
                                ? barrier.violations().get(0).code().value() : barrier.kind().name().toLowerCase(java.util.Locale.ROOT))
                        + ".");
            }
            if (taken.merge(offer.id(), 1, Integer::sum) == problem.traineePlaces(offer) + 1) {
                problems.add("Offer " + offer.id() + " has more pins than the " + problem.traineePlaces(offer)
                        + " trainees it takes.");
            }
        }
    }
}
