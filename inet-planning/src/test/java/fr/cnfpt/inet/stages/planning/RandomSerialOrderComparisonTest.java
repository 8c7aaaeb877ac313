package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.placement.Placement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On realistic cohorts, the plan is never worse than the peers' random serial order on any criterion of the
 * objective, in its order: placed, then within wishes, then the cost of ranks (each random order is itself a
 * set of placements meeting the hard constraints, so the optimum is at least as good).
 */
class RandomSerialOrderComparisonTest {

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43})
    void theOptimumIsAtLeastAsGoodAsEveryRandomSerialOrder(long seed) {
        PlanningProblem problem = RealisticCohort.inet(seed).problem().build();
        Objective optimum = Planner.plan(problem).objective();
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            List<Placement> serial = RandomSerialOrder.plan(problem, random);
            assertThat(IndependentRules.broken(problem, serial)).isEmpty();
            assertThat(optimum.compareTo(Objective.of(problem, serial))).isLessThanOrEqualTo(0);
            assertThat(optimum.withinWishes()).isGreaterThanOrEqualTo(Objective.of(problem, serial).withinWishes());
        }
    }
}
