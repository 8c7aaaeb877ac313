package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.placement.Placement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same problem gives the identical plan, whatever order its trainees, offers, wishes, hosts and pins come in. */
class DeterminismTest {

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void shufflingTheInputsGivesTheIdenticalPlan(long seed) {
        RealisticCohort cohort = RealisticCohort.inet(seed);
        List<Placement> pins = List.of(
                Placement.of(cohort.trainees().get(3).id(), cohort.offers().get(5).id(), PlanningFixture.TYPE));
        PlanningProblem reference = cohort.problem().pins(pins).build();
        Plan plan = Planner.plan(reference);
        for (int round = 0; round < 3; round++) {
            Random random = new Random(seed * 100 + round);
            PlanningProblem shuffledProblem = PlanningFixture.problem(shuffled(cohort.trainees(), random),
                    shuffled(cohort.offers(), random), shuffled(cohort.wishes(), random))
                    .history(shuffled(cohort.history(), random)).exclusions(shuffled(cohort.exclusions(), random))
                    .pins(pins).build();
            assertThat(Planner.plan(shuffledProblem)).isEqualTo(plan);
        }
        assertThat(Planner.plan(reference).placements()).containsExactlyElementsOf(plan.placements());
    }
}
