package fr.cnfpt.inet.stages.cli.planning;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.planning.PlanningProblem;
import fr.cnfpt.inet.stages.planning.TraineeHost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The records an import run accepted (its problems are the run's report's), and the planning problem
 * they make for one internship type of one cohort:
 * <ul>
 * <li>the eligible trainees: of the cohort, of a corps INET places and the type is open to;</li>
 * <li>the offers of the type and the cohort;</li>
 * <li>the wishes of those trainees for those offers (the others are counted, left out);</li>
 * <li>the history: the host of every accepted placement of an eligible trainee, whatever its type.</li>
 * </ul>
 * Instances are not thread-safe: one per run.
 */
final class PlanningRecords implements RowSink {

    private final List<Offer> offers = new ArrayList<>();
    private final List<Trainee> trainees = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();
    private final List<Wish> wishes = new ArrayList<>();

    /** What the problem was made of, beside the problem. */
    record Made(PlanningProblem problem, int wishesLeftOut, int history) {
    }

    @Override
    public void offer(long line, Offer offer) {
        offers.add(offer);
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        trainees.add(trainee);
    }

    @Override
    public void placement(long line, Placement placement) {
        placements.add(placement);
    }

    @Override
    public void wish(long line, Wish wish) {
        wishes.add(wish);
    }

    @Override
    public void problem(Problem problem) {
        // the run's report holds them
    }

    @Override
    public void rejected(long line) {
        // the run's report counts them
    }

    /** @return the latest cohort of the trainees read, if any trainee was accepted */
    Optional<CohortYear> latestCohort() {
        return trainees.stream().map(Trainee::cohort).max(CohortYear::compareTo);
    }

    /**
     * Makes the planning problem of one internship type of one cohort.
     *
     * @throws fr.cnfpt.inet.stages.planning.PlanningException if the planner refuses the problem (a
     *     collective project)
     */
    Made problem(Edition edition, CohortYear cohort, InternshipType type) {
        List<Trainee> eligible = trainees.stream().filter(t -> t.cohort().equals(cohort)
                && edition.profile(t.corps()).isPlacedByInet() && edition.catalogue().isOpen(type, t.corps())).toList();
        Set<TraineeId> eligibleIds = eligible.stream().map(Trainee::id).collect(Collectors.toSet());
        List<Offer> planned = offers.stream().filter(o -> o.type() == type && o.cohort().equals(cohort)).toList();
        Set<OfferId> plannedIds = planned.stream().map(Offer::id).collect(Collectors.toSet());
        List<Wish> kept = wishes.stream()
                .filter(w -> eligibleIds.contains(w.trainee()) && plannedIds.contains(w.offer())).toList();
        Map<OfferId, Offer> byId = new HashMap<>();
        offers.forEach(o -> byId.put(o.id(), o));
        List<TraineeHost> history = placements.stream()
                .filter(p -> eligibleIds.contains(p.trainee()) && byId.containsKey(p.offer()))
                .map(p -> new TraineeHost(p.trainee(), byId.get(p.offer()).host().identity())).distinct().toList();
        PlanningProblem problem = PlanningProblem.builder(edition, cohort, type).trainees(eligible).offers(planned)
                .wishes(kept).history(history).build();
        return new Made(problem, wishes.size() - kept.size(), history.size());
    }
}
