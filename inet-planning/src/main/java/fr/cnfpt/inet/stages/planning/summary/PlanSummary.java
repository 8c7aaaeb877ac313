package fr.cnfpt.inet.stages.planning.summary;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.planning.Plan;
import fr.cnfpt.inet.stages.planning.PlanningProblem;
import fr.cnfpt.inet.stages.planning.TeamMeasures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a plan gives, counted, for the plan report: the outcomes of the trainees overall and per corps
 * (first choice, top three, within and outside their wishes, unplaced, the rank distribution), the
 * collective-project teams against their bound, and how the offers are used (the offers left free).
 * Counts only: it holds no trainee's id, so it can be handed to a report, which still withholds the
 * small counts of people (a small corps could identify someone).
 * <pre>{@code
 * PlanSummary summary = PlanSummary.of(problem, Planner.plan(problem));
 * summary.overall().topThree();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlanSummary {

    private static final Outcomes NONE = new Outcomes(new TreeMap<>(), 0, 0);

    private final CohortYear cohort;
    private final InternshipType type;
    private final Outcomes overall;
    private final Map<Corps, Outcomes> byCorps;
    private final Optional<TeamMeasures> teams;
    private final OfferUse offers;

    private PlanSummary(CohortYear cohort, InternshipType type, Map<Corps, Outcomes> byCorps,
            Optional<TeamMeasures> teams, OfferUse offers) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.type = Objects.requireNonNull(type, "type");
        Map<Corps, Outcomes> copy = new EnumMap<>(Corps.class);
        byCorps.forEach((corps, outcomes) -> copy.put(Objects.requireNonNull(corps, "corps"),
                Objects.requireNonNull(outcomes, "outcomes")));
        this.byCorps = Collections.unmodifiableMap(copy);
        this.overall = this.byCorps.values().stream().reduce(NONE, PlanSummary::sum);
        this.teams = teams;
        this.offers = Objects.requireNonNull(offers, "offers");
    }

    /**
     * Obtains a summary from its counts, for a plan made elsewhere (read back from {@code plan.json}, or
     * another planner's); the overall outcomes are the sum of the corps'.
     *
     * @param cohort  the cohort planned, not null
     * @param type  the internship type planned, not null
     * @param byCorps  the outcomes of each corps that has eligible trainees, not null
     * @param offers  how the plan uses the offers, not null
     * @return the summary, without teams, not null
     */
    public static PlanSummary of(CohortYear cohort, InternshipType type, Map<Corps, Outcomes> byCorps,
            OfferUse offers) {
        Objects.requireNonNull(byCorps, "byCorps");
        return new PlanSummary(cohort, type, byCorps, Optional.empty(), offers);
    }

    /**
     * Returns a copy with the teams' figures of a collective-project plan.
     *
     * @param newTeams  the teams' figures, not null
     * @return the summary, not null
     */
    public PlanSummary withTeams(TeamMeasures newTeams) {
        return new PlanSummary(cohort, type, byCorps, Optional.of(Objects.requireNonNull(newTeams, "teams")), offers);
    }

    private static Outcomes sum(Outcomes a, Outcomes b) {
        Map<Integer, Integer> ranks = new TreeMap<>(a.rankCounts());
        b.rankCounts().forEach((rank, count) -> ranks.merge(rank, count, Integer::sum));
        return new Outcomes(new TreeMap<>(ranks), a.outsideWishes() + b.outsideWishes(), a.unplaced() + b.unplaced());
    }

    /**
     * Counts what a plan gives the trainees of its problem.
     *
     * @param problem  the problem planned, not null
     * @param plan  its plan, from {@link fr.cnfpt.inet.stages.planning.Planner#plan}, not null
     * @return the summary, not null
     * @throws IllegalArgumentException if the plan places or leaves unplaced a trainee the problem does not
     *         have, or places on an offer it does not have
     */
    public static PlanSummary of(PlanningProblem problem, Plan plan) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(plan, "plan");
        Map<Corps, Tally> tallies = new EnumMap<>(Corps.class);
        Map<OfferId, Integer> taken = new HashMap<>();
        for (Placement placement : plan.placements()) {
            Trainee trainee = traineeOf(problem, problem.trainee(placement.trainee()));
            if (problem.offer(placement.offer()).isEmpty()) {
                throw new IllegalArgumentException("the plan places on an offer the problem does not have");
            }
            taken.merge(placement.offer(), 1, Integer::sum);
            Optional<Integer> rank = problem.wishesOf(placement.trainee()).stream()
                    .filter(wish -> wish.offer().equals(placement.offer())).map(Wish::rank).findFirst();
            tallies.computeIfAbsent(trainee.corps(), corps -> new Tally()).placed(rank);
        }
        plan.unplaced().forEach(unplaced -> {
            Trainee trainee = traineeOf(problem, problem.trainee(unplaced.trainee()));
            tallies.computeIfAbsent(trainee.corps(), corps -> new Tally()).unplaced++;
        });
        Map<Corps, Outcomes> byCorps = new EnumMap<>(Corps.class);
        tallies.forEach((corps, tally) -> byCorps.put(corps, tally.outcomes()));
        return new PlanSummary(problem.cohort(), problem.type(), byCorps, plan.teams(),
                offerUse(problem, taken));
    }

    private static Trainee traineeOf(PlanningProblem problem, Optional<Trainee> trainee) {
        return trainee.orElseThrow(() -> new IllegalArgumentException("the plan names a trainee the problem of "
                + problem.type().code() + " " + problem.cohort() + " does not have"));
    }

    /** The offers' use in places: a collective project's place is a team, taken when its trainees fill it. */
    private static OfferUse offerUse(PlanningProblem problem, Map<OfferId, Integer> taken) {
        List<Offer> offers = problem.offers();
        int places = 0;
        int filled = 0;
        List<FreeOffer> leftFree = new ArrayList<>();
        for (Offer offer : offers) {
            int perPlace = problem.traineePlaces(offer) / offer.places();
            int takenHere = (taken.getOrDefault(offer.id(), 0) + perPlace - 1) / perPlace;
            places += offer.places();
            filled += takenHere;
            if (takenHere < offer.places()) {
                leftFree.add(new FreeOffer(offer.id(), offer.host().name(), offer.places(), takenHere));
            }
        }
        leftFree.sort((a, b) -> a.offer().value().compareTo(b.offer().value()));
        return new OfferUse(offers.size(), places, filled, leftFree);
    }

    /** @return the cohort planned, not null */
    public CohortYear cohort() {
        return cohort;
    }

    /** @return the internship type planned, not null */
    public InternshipType type() {
        return type;
    }

    /** @return the outcomes of every eligible trainee, not null */
    public Outcomes overall() {
        return overall;
    }

    /** @return the outcomes of each corps that has eligible trainees, in the corps' order, not null */
    public Map<Corps, Outcomes> byCorps() {
        return byCorps;
    }

    /** @return the teams' figures of a collective-project plan; empty for the other internship types */
    public Optional<TeamMeasures> teams() {
        return teams;
    }

    /** @return how the plan uses the offers, not null */
    public OfferUse offers() {
        return offers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanSummary that && cohort.equals(that.cohort) && type == that.type
                && overall.equals(that.overall) && byCorps.equals(that.byCorps) && teams.equals(that.teams)
                && offers.equals(that.offers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cohort, type, overall, byCorps, teams, offers);
    }

    @Override
    public String toString() {
        return "PlanSummary[" + type.code() + " " + cohort + ": " + overall + ", " + offers + "]";
    }

    /** The counts of one group while the placements are read. */
    private static final class Tally {

        private final Map<Integer, Integer> ranks = new HashMap<>();
        private int outside;
        private int unplaced;

        void placed(Optional<Integer> rank) {
            rank.ifPresentOrElse(r -> ranks.merge(r, 1, Integer::sum), () -> outside++);
        }

        Outcomes outcomes() {
            return new Outcomes(new TreeMap<>(ranks), outside, unplaced);
        }
    }
}
