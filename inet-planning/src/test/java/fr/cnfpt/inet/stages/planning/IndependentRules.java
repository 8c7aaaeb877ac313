package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.host.HostIdentity;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.PlacementCase;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hard constraints as the tests check them, written again from the domain's rules without the planner's
 * code: a pair is allowed when the placement rules find no error and no host of the trainee's history or
 * exclusions is the offer's host.
 */
final class IndependentRules {

    private IndependentRules() {
    }

    static boolean allows(PlanningProblem problem, Trainee trainee, Offer offer) {
        Placement placement = Placement.of(trainee.id(), offer.id(), problem.type());
        if (PlacementRules.check(new PlacementCase(placement, trainee, offer), problem.edition()).stream()
                .anyMatch(Violation::isError)) {
            return false;
        }
        HostIdentity host = offer.host().identity();
        return java.util.stream.Stream.concat(problem.history().stream(), problem.exclusions().stream())
                .noneMatch(h -> h.trainee().equals(trainee.id()) && h.host().isSameHostAs(host));
    }

    /** Every hard constraint a whole set of placements must meet; the broken ones, empty if none. */
    static List<String> broken(PlanningProblem problem, Collection<Placement> placements) {
        List<String> broken = new java.util.ArrayList<>();
        Set<Object> seen = new HashSet<>();
        Map<Object, Integer> taken = new HashMap<>();
        for (Placement placement : placements) {
            if (!seen.add(placement.trainee())) {
                broken.add("trainee placed twice: " + placement.trainee());
            }
            Trainee trainee = problem.trainee(placement.trainee()).orElseThrow();
            Offer offer = problem.offer(placement.offer()).orElseThrow();
            if (placement.type() != problem.type() || !allows(problem, trainee, offer)) {
                broken.add("not allowed: " + placement);
            }
            if (taken.merge(offer.id(), 1, Integer::sum) > offer.places()) {
                broken.add("over the places: " + offer.id());
            }
        }
        if (!placements.containsAll(problem.pins())) {
            broken.add("a pin is not kept");
        }
        return broken;
    }
}
