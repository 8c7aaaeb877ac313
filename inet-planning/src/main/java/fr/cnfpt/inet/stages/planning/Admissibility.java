package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.host.HostIdentity;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.PlacementCase;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hard constraints on one trainee and one offer, which do not depend on the others: the catalogue's
 * placement rules ({@link PlacementRules#check(PlacementCase, fr.cnfpt.inet.stages.domain.edition.Edition)}:
 * type, corps eligibility of the type and of the offer, same cohort), then the trainee's history, then the
 * trainee's exclusions.
 */
final class Admissibility {

    private final PlanningProblem problem;
    private final Map<TraineeId, List<HostIdentity>> history;
    private final Map<TraineeId, List<HostIdentity>> exclusions;
    private final Map<OfferId, HostIdentity> offerHosts = new HashMap<>();

    Admissibility(PlanningProblem problem) {
        this.problem = problem;
        this.history = byTrainee(problem.history());
        this.exclusions = byTrainee(problem.exclusions());
        problem.offers().forEach(o -> offerHosts.put(o.id(), o.host().identity()));
    }

    private static Map<TraineeId, List<HostIdentity>> byTrainee(List<TraineeHost> hosts) {
        return hosts.stream().collect(Collectors.groupingBy(TraineeHost::trainee,
                Collectors.mapping(TraineeHost::host, Collectors.toList())));
    }

    /** Whether the offer passes the placement rules for the trainee, history and exclusions aside. */
    List<Violation> ruleErrors(Trainee trainee, Offer offer) {
        PlacementCase placement = new PlacementCase(Placement.of(trainee.id(), offer.id(), problem.type()), trainee, offer);
        return PlacementRules.check(placement, problem.edition()).stream().filter(Violation::isError).toList();
    }

    Barrier barrier(Trainee trainee, Offer offer) {
        List<Violation> errors = ruleErrors(trainee, offer);
        if (!errors.isEmpty()) {
            return new Barrier(Barrier.Kind.RULES, errors, null);
        }
        HostIdentity host = offerHosts.computeIfAbsent(offer.id(), id -> offer.host().identity());
        for (HostIdentity had : history.getOrDefault(trainee.id(), List.of())) {
            if (had.isSameHostAs(host)) {
                return new Barrier(Barrier.Kind.HISTORY, List.of(), had);
            }
        }
        for (HostIdentity excluded : exclusions.getOrDefault(trainee.id(), List.of())) {
            if (excluded.isSameHostAs(host)) {
                return new Barrier(Barrier.Kind.EXCLUSION, List.of(), excluded);
            }
        }
        return Barrier.NONE;
    }
}
