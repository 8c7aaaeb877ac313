package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On small generated problems (up to 6 trainees, 5 offers of 1 or 2 places, 4 ranked wishes each, offers of another type or cohort,
 * shared hosts, history, exclusions and a pin), every possible set of placements is enumerated: the planner
 * reaches the same lexicographic optimum, and its plan breaks no hard constraint.
 */
class BruteForceOptimumTest {

    private static final Corps[] CORPS = {Corps.ADMINISTRATEUR, Corps.INGENIEUR_EN_CHEF, Corps.CONSERVATEUR_BIBLIOTHEQUES};

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 400);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reachesTheOptimumThatEnumeratingEveryPlanFinds(int seed) {
        PlanningProblem problem = generate(new Random(seed));
        Plan plan = Planner.plan(problem);

        assertThat(IndependentRules.broken(problem, plan.placements())).isEmpty();
        Objective best = bestByEnumeration(problem);
        assertThat(plan.objective()).as(problem.toString()).isEqualTo(best);
        assertThat(plan.unplaced()).hasSize(best.unplaced());
    }

    static PlanningProblem generate(Random random) {
        List<Trainee> trainees = new ArrayList<>();
        int traineeCount = 1 + random.nextInt(6);
        for (int i = 1; i <= traineeCount; i++) {
            trainees.add(PlanningFixture.trainee("E" + i, CORPS[random.nextInt(CORPS.length)]));
        }
        List<Offer> offers = new ArrayList<>();
        int offerCount = 1 + random.nextInt(5);
        for (int j = 1; j <= offerCount; j++) {
            EnumSet<Corps> corps = EnumSet.noneOf(Corps.class);
            while (corps.isEmpty()) {
                for (Corps c : CORPS) {
                    if (random.nextInt(3) > 0) {
                        corps.add(c);
                    }
                }
            }
            InternshipType type = random.nextInt(10) == 0 ? InternshipType.THEMATIQUE : PlanningFixture.TYPE;
            CohortYear cohort = random.nextInt(10) == 0 ? CohortYear.of(2027) : PlanningFixture.COHORT;
            offers.add(PlanningFixture.offer("O" + j, "Hôte " + (1 + random.nextInt(3)), 1 + random.nextInt(2), type,
                    cohort, corps.toArray(Corps[]::new)));
        }
        List<Wish> wishes = new ArrayList<>();
        List<TraineeHost> history = new ArrayList<>();
        List<TraineeHost> exclusions = new ArrayList<>();
        for (Trainee trainee : trainees) {
            List<Offer> shuffled = new ArrayList<>(offers);
            Collections.shuffle(shuffled, random);
            int count = random.nextInt(Math.min(4, offers.size()) + 1);
            for (int r = 0; r < count; r++) {
                wishes.add(Wish.of(trainee.id(), shuffled.get(r).id(), r + 1));
            }
            if (random.nextInt(4) == 0) {
                history.add(new TraineeHost(trainee.id(), PlanningFixture.hostIdentity("HÔTE " + (1 + random.nextInt(3)))));
            }
            if (random.nextInt(7) == 0) {
                exclusions.add(new TraineeHost(trainee.id(), PlanningFixture.hostIdentity("hote " + (1 + random.nextInt(3)))));
            }
        }
        PlanningProblem unpinned = PlanningFixture.problem(trainees, offers, wishes).history(history)
                .exclusions(exclusions).build();
        Trainee pinned = trainees.get(random.nextInt(trainees.size()));
        Offer on = offers.get(random.nextInt(offers.size()));
        List<Placement> pins = random.nextInt(3) == 0 && IndependentRules.allows(unpinned, pinned, on)
                ? List.of(Placement.of(pinned.id(), on.id(), PlanningFixture.TYPE)) : List.of();
        return PlanningFixture.problem(trainees, offers, wishes).history(history).exclusions(exclusions).pins(pins).build();
    }

    /** The best value over every set of placements that meets the hard constraints. */
    static Objective bestByEnumeration(PlanningProblem problem) {
        List<Trainee> free = problem.trainees().stream()
                .filter(t -> problem.pins().stream().noneMatch(p -> p.trainee().equals(t.id()))).toList();
        Map<Object, Integer> left = new HashMap<>();
        problem.offers().forEach(o -> left.put(o.id(), o.places()));
        problem.pins().forEach(p -> left.merge(p.offer(), -1, Integer::sum));
        List<Placement> current = new ArrayList<>(problem.pins());
        Objective[] best = {null};
        enumerate(problem, free, 0, left, current, best);
        return best[0];
    }

    private static void enumerate(PlanningProblem problem, List<Trainee> free, int index, Map<Object, Integer> left,
            List<Placement> current, Objective[] best) {
        if (index == free.size()) {
            Objective value = Objective.of(problem, current);
            if (best[0] == null || value.compareTo(best[0]) < 0) {
                best[0] = value;
            }
            return;
        }
        Trainee trainee = free.get(index);
        enumerate(problem, free, index + 1, left, current, best);
        for (Offer offer : problem.offers()) {
            if (left.get(offer.id()) > 0 && IndependentRules.allows(problem, trainee, offer)) {
                left.merge(offer.id(), -1, Integer::sum);
                current.add(Placement.of(trainee.id(), offer.id(), problem.type()));
                enumerate(problem, free, index + 1, left, current, best);
                current.remove(current.size() - 1);
                left.merge(offer.id(), 1, Integer::sum);
            }
        }
    }
}
