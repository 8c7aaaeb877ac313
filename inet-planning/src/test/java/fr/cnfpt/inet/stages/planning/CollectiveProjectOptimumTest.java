package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.host.Population;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Collective projects on small generated problems (up to 9 trainees of three corps, up to 3 offers of 1 or 2
 * teams, some in a town too small, history, a pin): every assignment of the trainees is enumerated, each
 * offer's teams checked by enumerating their splits ({@link TeamSplits}, not the planner's inequalities), and
 * the planner reaches the same lexicographic optimum: trainees placed, teams with every corps, trainees
 * within their wishes, sum of rank², sum of tie weights ({@link TieBreak}). SCIP and ojAlgo alone give the same
 * plan on each problem.
 */
class CollectiveProjectOptimumTest {

    private static final List<Corps> CORPS = List.of(Corps.ADMINISTRATEUR, Corps.CONSERVATEUR_BIBLIOTHEQUES,
            Corps.INGENIEUR_EN_CHEF);
    private static final int SIZE = 4;

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 150);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reachesTheOptimumThatEnumeratingEveryPlanFinds(int seed) {
        PlanningProblem problem = generate(new Random(seed));
        long[] best = bestByEnumeration(problem);
        if (best == null) {
            assertThatThrownBy(() -> Planner.plan(problem)).as("no assignment completes the pins' teams")
                    .isInstanceOf(PlanningException.class).hasMessageContaining("pins cannot be completed");
            return;
        }
        Plan plan = Planner.plan(problem);

        long[] reached = value(problem, plan.placements());
        assertThat(reached).as("the plan's placements make valid teams: %s", problem).isNotNull();
        assertThat(reached).as(problem.toString()).containsExactly(best);
        assertThat(new long[] {plan.objective().placed(), plan.objective().allCorpsTeams(),
            plan.objective().withinWishes(), plan.objective().rankCost()}).containsExactly(Arrays.copyOf(best, 4));
        assertThat(TeamSplitTest.checkNumberedTeams(problem, plan.placements())).as("numbered teams with every corps")
                .isEqualTo(best[1]);
        assertThat(plan.teams()).hasValueSatisfying(teams -> {
            assertThat(teams.count() * SIZE).isEqualTo(plan.measures().placed());
            assertThat(teams.allCorps()).isEqualTo(best[1]).isLessThanOrEqualTo(teams.bound());
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void givesTheSamePlanWhetherScipOrOjAlgoAloneSolves(int seed) {
        assertThat(ScipSolving.available()).as("OR-Tools' native libraries load on the test machine").isTrue();
        PlanningProblem problem = generate(new Random(seed));
        if (bestByEnumeration(problem) == null) {
            return;
        }

        Plan planned = Planner.plan(problem);
        Plan byOjAlgo = Planner.plan(problem, (p, a, s, w) -> TeamNetwork.solve(p, a, s, w, IntegerSolving::minimise));

        assertThat(planned.placements()).as(problem.toString()).isEqualTo(byOjAlgo.placements());
    }

    static PlanningProblem generate(Random random) {
        List<Trainee> trainees = new ArrayList<>();
        int traineeCount = 3 + random.nextInt(7);
        for (int i = 1; i <= traineeCount; i++) {
            trainees.add(PlanningFixture.trainee("E" + i, CORPS.get(random.nextInt(random.nextInt(4) == 0 ? 2 : 3))));
        }
        List<Offer> offers = new ArrayList<>();
        int offerCount = 1 + random.nextInt(3);
        for (int j = 1; j <= offerCount; j++) {
            int inhabitants = random.nextInt(6) == 0 ? 30_000 : 45_000 + random.nextInt(100_000);
            offers.add(collectiveProject("P" + j, "Ville " + (1 + random.nextInt(3)), inhabitants, 1 + random.nextInt(2)));
        }
        List<Wish> wishes = new ArrayList<>();
        List<TraineeHost> history = new ArrayList<>();
        for (Trainee trainee : trainees) {
            List<Offer> shuffled = new ArrayList<>(offers);
            Collections.shuffle(shuffled, random);
            int count = random.nextInt(offers.size() + 1);
            for (int r = 0; r < count; r++) {
                wishes.add(Wish.of(trainee.id(), shuffled.get(r).id(), r + 1));
            }
            if (random.nextInt(5) == 0) {
                history.add(new TraineeHost(trainee.id(), PlanningFixture.hostIdentity("Ville " + (1 + random.nextInt(3)))));
            }
        }
        PlanningProblemBuilder builder = PlanningProblem.builder(PlanningFixture.EDITION, PlanningFixture.COHORT,
                InternshipType.PROJET_COLLECTIF).trainees(trainees).offers(offers).wishes(wishes).history(history);
        PlanningProblem unpinned = builder.build();
        Trainee pinned = trainees.get(random.nextInt(trainees.size()));
        Offer on = offers.get(random.nextInt(offers.size()));
        if (random.nextInt(4) == 0 && allows(unpinned, pinned, on)) {
            builder.pins(List.of(Placement.of(pinned.id(), on.id(), InternshipType.PROJET_COLLECTIF)));
        }
        return builder.build();
    }

    static Offer collectiveProject(String id, String town, int inhabitants, int teams) {
        return Offer.builder().id(PlanningFixture.offerId(id))
                .host(PlanningFixture.host(town).withPopulation(Population.of(inhabitants)))
                .type(InternshipType.PROJET_COLLECTIF).corps(CORPS.toArray(Corps[]::new)).cohort(PlanningFixture.COHORT)
                .submitted(java.time.LocalDate.of(2025, 11, 3)).title("Projet " + id)
                .contact(fr.cnfpt.inet.stages.domain.contact.EmailAddress.of("rh@example.fr")).places(teams).build();
    }

    private static boolean allows(PlanningProblem problem, Trainee trainee, Offer offer) {
        return IndependentRules.allows(problem, trainee, offer)
                && offer.host().population().map(p -> p.inhabitants() > 40_000).orElse(true);
    }

    /** The best (placed, teams with every corps, within wishes, rank cost, tie weights) over every valid assignment. */
    static long[] bestByEnumeration(PlanningProblem problem) {
        List<Trainee> free = problem.trainees().stream()
                .filter(t -> problem.pins().stream().noneMatch(p -> p.trainee().equals(t.id()))).toList();
        long[][] best = {null};
        enumerate(problem, free, 0, new ArrayList<>(problem.pins()), best);
        return best[0];
    }

    private static void enumerate(PlanningProblem problem, List<Trainee> free, int index, List<Placement> current,
            long[][] best) {
        if (index == free.size()) {
            long[] value = value(problem, current);
            if (value != null && (best[0] == null || better(value, best[0]))) {
                best[0] = value;
            }
            return;
        }
        Trainee trainee = free.get(index);
        enumerate(problem, free, index + 1, current, best);
        for (Offer offer : problem.offers()) {
            if (allows(problem, trainee, offer)) {
                current.add(Placement.of(trainee.id(), offer.id(), problem.type()));
                enumerate(problem, free, index + 1, current, best);
                current.remove(current.size() - 1);
            }
        }
    }

    /** The value of an assignment, or null if an offer's trainees cannot make full mixed teams within its places. */
    static long[] value(PlanningProblem problem, List<Placement> placements) {
        Map<Object, Map<Corps, Integer>> byOffer = new HashMap<>();
        long within = 0;
        long cost = 0;
        for (Placement placement : placements) {
            Corps corps = problem.trainee(placement.trainee()).orElseThrow().corps();
            byOffer.computeIfAbsent(placement.offer(), o -> new EnumMap<>(Corps.class)).merge(corps, 1, Integer::sum);
            for (Wish wish : problem.wishesOf(placement.trainee())) {
                if (wish.offer().equals(placement.offer())) {
                    within++;
                    cost += (long) wish.rank() * wish.rank();
                }
            }
        }
        long allCorps = 0;
        for (Map.Entry<Object, Map<Corps, Integer>> offer : byOffer.entrySet()) {
            int members = offer.getValue().values().stream().mapToInt(Integer::intValue).sum();
            int places = problem.offers().stream().filter(o -> o.id().equals(offer.getKey())).findFirst().orElseThrow().places();
            if (members % SIZE != 0 || members / SIZE > places) {
                return null;
            }
            int most = TeamSplits.mostAllCorpsTeams(SIZE, CORPS, members / SIZE, offer.getValue());
            if (most < 0) {
                return null;
            }
            allCorps += most;
        }
        return new long[] {placements.size(), allCorps, within, cost, TieBreak.sumOf(problem, placements)};
    }

    private static boolean better(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return i < 2 ? a[i] > b[i] : i == 2 ? a[i] > b[i] : a[i] < b[i];
            }
        }
        return false;
    }
}
