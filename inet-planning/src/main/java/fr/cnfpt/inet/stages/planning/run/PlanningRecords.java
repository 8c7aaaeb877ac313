package fr.cnfpt.inet.stages.planning.run;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.run.ImportResult;
import fr.cnfpt.inet.stages.planning.PlanningException;
import fr.cnfpt.inet.stages.planning.PlanningProblem;
import fr.cnfpt.inet.stages.planning.TraineeHost;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@link PlanningRun} read: the import's result (each file's report, the problems, and whether a
 * plan may be made: {@link ImportResult#decision(boolean, boolean)}) and the records accepted, from which
 * {@link #setUp} makes the planning problem of one internship type of one cohort:
 * <ul>
 * <li>the eligible trainees: of the cohort, of a corps INET places and the type is open to;</li>
 * <li>the offers of the type and the cohort;</li>
 * <li>the wishes of those trainees for those offers (the others are counted, left out);</li>
 * <li>the history: the host of every earlier placement of an eligible trainee, whatever its type;</li>
 * <li>the exclusions of the eligible trainees;</li>
 * <li>the pins: every locked placement, each checked first ({@link LockRefusal}).</li>
 * </ul>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlanningRecords {

    private final Edition edition;
    private final ImportResult imported;
    private final List<Offer> offers;
    private final List<Trainee> trainees;
    private final List<Placement> history;
    private final List<Wish> wishes;
    private final List<Exclusion> exclusions;
    private final List<LockedPlacement> locked;

    PlanningRecords(Edition edition, ImportResult imported, PlanningSink sink) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.imported = Objects.requireNonNull(imported, "imported");
        this.offers = List.copyOf(sink.offers);
        this.trainees = List.copyOf(sink.trainees);
        this.history = List.copyOf(sink.history);
        this.wishes = List.copyOf(sink.wishes);
        this.exclusions = List.copyOf(sink.exclusions);
        this.locked = List.copyOf(sink.locked);
    }

    /** @return the import's result: the files' reports, the problems, the decision to plan, not null */
    public ImportResult imported() {
        return imported;
    }

    /** @return the accepted offers, in the order read, not null */
    public List<Offer> offers() {
        return offers;
    }

    /** @return the accepted trainees, in the order read, not null */
    public List<Trainee> trainees() {
        return trainees;
    }

    /** @return the accepted earlier placements, not null */
    public List<Placement> history() {
        return history;
    }

    /** @return the accepted wishes, not null */
    public List<Wish> wishes() {
        return wishes;
    }

    /** @return the accepted exclusions, not null */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    /** @return the accepted locked placements, with where each was read, not null */
    public List<LockedPlacement> locked() {
        return locked;
    }

    /** @return the latest cohort of the trainees read, if any trainee was accepted */
    public Optional<CohortYear> latestCohort() {
        return trainees.stream().map(Trainee::cohort).max(CohortYear::compareTo);
    }

    /**
     * Makes the planning problem of one internship type of one cohort.
     *
     * @param cohort  the cohort, not null
     * @param type  the internship type, not null
     * @return the problem and what it was made of, not null
     * @throws LockedPlacementException if a locked placement cannot be kept (every refusal is listed)
     * @throws PlanningException if the planner refuses the problem (a collective project)
     */
    public PlanningSetup setUp(CohortYear cohort, InternshipType type) {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(type, "type");
        List<Trainee> eligible = trainees.stream().filter(t -> t.cohort().equals(cohort)
                && edition.profile(t.corps()).isPlacedByInet() && edition.catalogue().isOpen(type, t.corps())).toList();
        Set<TraineeId> eligibleIds = eligible.stream().map(Trainee::id).collect(Collectors.toSet());
        List<Offer> planned = offers.stream().filter(o -> o.type() == type && o.cohort().equals(cohort)).toList();
        Set<OfferId> plannedIds = planned.stream().map(Offer::id).collect(Collectors.toSet());
        List<Wish> kept = wishes.stream()
                .filter(w -> eligibleIds.contains(w.trainee()) && plannedIds.contains(w.offer())).toList();
        Map<OfferId, Offer> byId = new HashMap<>();
        offers.forEach(o -> byId.put(o.id(), o));
        List<TraineeHost> hosts = history.stream()
                .filter(p -> eligibleIds.contains(p.trainee()) && byId.containsKey(p.offer()))
                .map(p -> new TraineeHost(p.trainee(), byId.get(p.offer()).host().identity())).distinct().toList();
        List<TraineeHost> excluded = exclusions.stream().filter(e -> eligibleIds.contains(e.trainee()))
                .map(e -> new TraineeHost(e.trainee(), e.host())).distinct().toList();
        LockChecks checks = new LockChecks(edition, cohort, type, byId, trainees, hosts, excluded);
        List<LockRefusal> refusals = checks.refusals(locked);
        if (!refusals.isEmpty()) {
            throw new LockedPlacementException(refusals);
        }
        List<Placement> pins = locked.stream().map(LockedPlacement::placement).toList();
        PlanningProblem problem = PlanningProblem.builder(edition, cohort, type).trainees(eligible).offers(planned)
                .wishes(kept).history(hosts).exclusions(excluded).pins(pins).build();
        return new PlanningSetup(problem, wishes.size() - kept.size(), hosts.size(), excluded.size(), pins.size());
    }
}
