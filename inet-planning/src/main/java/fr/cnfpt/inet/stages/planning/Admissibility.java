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
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.rule.OfferRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hard constraints on one trainee and one offer, which do not depend on the others: the catalogue's
 * placement rules ({@link PlacementRules#check(PlacementCase, fr.cnfpt.inet.stages.domain.edition.Edition)}:
 * type, corps eligibility of the type and of the offer, same cohort), then the trainee's history, then the
 * trainee's exclusions. For a collective project, the offer's host must also pass the catalogue's errors on
 * collective projects' hosts: a local authority ({@link OfferRules#COLLECTIVE_PROJECT_IN_COLLECTIVITE}) of more
 * inhabitants than the edition's threshold ({@link OfferRules#COLLECTIVE_PROJECT_POPULATION}; an offer that does
 * not state its population is given, as the catalogue only warns about it).
 */
final class Admissibility {

    private final PlanningProblem problem;
    private final Map<TraineeId, List<HostIdentity>> history;
    private final Map<TraineeId, List<HostIdentity>> exclusions;
    private final Map<OfferId, HostIdentity> offerHosts = new HashMap<>();
    private final Map<OfferId, List<Violation>> hostErrors = new HashMap<>();

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
        List<Violation> errors = new ArrayList<>(PlacementRules.check(placement, problem.edition()));
        if (problem.type() == InternshipType.PROJET_COLLECTIF && offer.type() == InternshipType.PROJET_COLLECTIF) {
            errors.addAll(hostErrors.computeIfAbsent(offer.id(), id -> Stream.of(OfferRules.COLLECTIVE_PROJECT_IN_COLLECTIVITE,
                    OfferRules.COLLECTIVE_PROJECT_POPULATION).flatMap(r -> r.check(offer, problem.edition()).stream()).toList()));
        }
        return errors.stream().filter(Violation::isError).toList();
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
