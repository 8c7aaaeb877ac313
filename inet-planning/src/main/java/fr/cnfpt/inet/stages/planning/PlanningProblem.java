package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one planning run plans: one internship type of one cohort of an edition, its eligible trainees,
 * the offers with their places, the trainees' ranked wishes, the hosts of their history and their
 * exclusions, and the placements the coordinator pinned. Build one with
 * {@link #builder(Edition, CohortYear, InternshipType)}, which checks it as a whole.
 * <p>
 * Every list is held in a canonical order that does not depend on the order it was given in: trainees,
 * offers and pins by id, wishes by trainee id then rank, hosts by trainee id then host. The planner
 * builds its network in that order (docs/planning.md, "Ties").
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlanningProblem {

    static final Comparator<TraineeHost> HOST_ORDER = Comparator
            .comparing((TraineeHost h) -> h.trainee().value()).thenComparing(h -> h.host().toString());

    private final Edition edition;
    private final CohortYear cohort;
    private final InternshipType type;
    private final List<Trainee> trainees;
    private final List<Offer> offers;
    private final List<Wish> wishes;
    private final List<TraineeHost> history;
    private final List<TraineeHost> exclusions;
    private final List<Placement> pins;
    private final Map<TraineeId, Trainee> traineesById;
    private final Map<OfferId, Offer> offersById;
    private final Map<TraineeId, List<Wish>> wishesByTrainee;

    PlanningProblem(Edition edition, CohortYear cohort, InternshipType type, List<Trainee> trainees, List<Offer> offers,
            List<Wish> wishes, List<TraineeHost> history, List<TraineeHost> exclusions, List<Placement> pins) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.type = Objects.requireNonNull(type, "type");
        this.trainees = trainees.stream().sorted(Comparator.comparing(t -> t.id().value())).toList();
        this.offers = offers.stream().sorted(Comparator.comparing(o -> o.id().value())).toList();
        this.wishes = wishes.stream().sorted(Comparator.comparing((Wish w) -> w.trainee().value())
                .thenComparingInt(Wish::rank).thenComparing(w -> w.offer().value())).toList();
        this.history = history.stream().sorted(HOST_ORDER).toList();
        this.exclusions = exclusions.stream().sorted(HOST_ORDER).toList();
        this.pins = pins.stream().sorted(Comparator.comparing((Placement p) -> p.trainee().value())
                .thenComparing(p -> p.offer().value())).toList();
        this.traineesById = this.trainees.stream().collect(Collectors.toMap(Trainee::id, Function.identity(), (a, b) -> a));
        this.offersById = this.offers.stream().collect(Collectors.toMap(Offer::id, Function.identity(), (a, b) -> a));
        this.wishesByTrainee = this.wishes.stream().collect(Collectors.groupingBy(Wish::trainee));
    }

    /**
     * Starts a problem.
     *
     * @param edition  the edition whose catalogue and rules apply, not null
     * @param cohort  the cohort planned, not null
     * @param type  the internship type planned, not null
     * @return a builder, not null
     */
    public static PlanningProblemBuilder builder(Edition edition, CohortYear cohort, InternshipType type) {
        return new PlanningProblemBuilder(edition, cohort, type);
    }

    /**
     * Returns the same problem with one more pinned placement, unchecked: for the explanations, which pin a
     * wish only once it is known to break no hard constraint.
     */
    PlanningProblem withPin(Placement pin) {
        List<Placement> more = new ArrayList<>(pins);
        more.add(pin);
        return new PlanningProblem(edition, cohort, type, trainees, offers, wishes, history, exclusions, more);
    }

    /** @return the edition whose catalogue and rules apply, not null */
    public Edition edition() {
        return edition;
    }

    /** @return the cohort planned, not null */
    public CohortYear cohort() {
        return cohort;
    }

    /** @return the internship type planned, not null */
    public InternshipType type() {
        return type;
    }

    /** @return the eligible trainees, by id, not null */
    public List<Trainee> trainees() {
        return trainees;
    }

    /** @return the offers, by id, not null */
    public List<Offer> offers() {
        return offers;
    }

    /** @return every wish, by trainee id then rank, not null */
    public List<Wish> wishes() {
        return wishes;
    }

    /**
     * Returns a trainee's wishes.
     *
     * @param trainee  the trainee, not null
     * @return the wishes, first choice first, possibly empty, not null
     */
    public List<Wish> wishesOf(TraineeId trainee) {
        return wishesByTrainee.getOrDefault(Objects.requireNonNull(trainee, "trainee"), List.of());
    }

    /** @return the hosts the trainees already had, by trainee id, not null */
    public List<TraineeHost> history() {
        return history;
    }

    /** @return the hosts excluded for the trainees, by trainee id, not null */
    public List<TraineeHost> exclusions() {
        return exclusions;
    }

    /** @return the placements the coordinator pinned, by trainee id, not null */
    public List<Placement> pins() {
        return pins;
    }

    /**
     * Finds a trainee of the problem.
     *
     * @param id  the trainee's id, not null
     * @return the trainee, or empty if not in the problem
     */
    public Optional<Trainee> trainee(TraineeId id) {
        return Optional.ofNullable(traineesById.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Finds an offer of the problem.
     *
     * @param id  the offer's id, not null
     * @return the offer, or empty if not in the problem
     */
    public Optional<Offer> offer(OfferId id) {
        return Optional.ofNullable(offersById.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns how many trainees an offer takes: its places, or for a collective project (where one place is
     * one team) its places times the edition's team size.
     *
     * @param offer  an offer, not null
     * @return the trainees it takes, 1 or more
     */
    public int traineePlaces(Offer offer) {
        return offer.places() * TeamShape.of(this).map(TeamShape::size).orElse(1);
    }

    @Override
    public String toString() {
        return "Planning of " + type + ", cohort " + cohort + ": " + trainees.size() + " trainees, " + offers.size()
                + " offers, " + wishes.size() + " wishes, " + pins.size() + " pins";
    }
}
