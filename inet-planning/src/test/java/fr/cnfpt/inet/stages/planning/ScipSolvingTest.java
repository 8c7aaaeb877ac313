package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * SCIP as the fast solver of collective projects: it solves the programmes ojAlgo's model API writes, proves a
 * plan the only optimum or says it cannot, and the planner keeps its plan only then, so plans are those of
 * ojAlgo alone.
 */
class ScipSolvingTest {

    @Test
    void loadsOnTheTestMachine() {
        assertThat(ScipSolving.available()).isTrue();
    }

    @Test
    void solvesAProgrammeWrittenWithOjAlgosModel() {
        ExpressionsBasedModel model = chooseTwoOfThree(new int[] {3, 1, 2});

        Optimisation.Result result = ScipSolving.minimise(model);

        assertThat(result.getState().isOptimal()).isTrue();
        assertThat(values(result, 3)).containsExactly(0, 1, 1);
        assertThat(result.getValue()).isEqualTo(3.0);
    }

    @Test
    void saysAnInfeasibleProgrammeIsInfeasible() {
        ExpressionsBasedModel model = chooseTwoOfThree(new int[] {1, 1, 1});
        model.addExpression("at most one").upper(BigDecimal.ONE).set(model.getVariables().get(0), 1)
                .set(model.getVariables().get(1), 1).set(model.getVariables().get(2), 1);

        assertThat(ScipSolving.minimise(model).getState()).isEqualTo(Optimisation.State.INFEASIBLE);
    }

    @Test
    void provesAnOptimumUniqueOnlyWhenNoOtherChoiceIsAsGood() {
        ExpressionsBasedModel distinct = chooseTwoOfThree(new int[] {3, 1, 2});
        ExpressionsBasedModel tied = chooseTwoOfThree(new int[] {2, 1, 2});

        assertThat(isOnlyOptimum(distinct)).isTrue();
        assertThat(isOnlyOptimum(tied)).as("{1, 0} and {1, 2} cost the same").isFalse();
    }

    @Test
    void keepsScipsPlanOfTheRealisticCohortWhichOjAlgoAloneReachesToo() {
        PlanningProblem problem = RealisticCohort.collective(1, 90, 50, 20).problem(InternshipType.PROJET_COLLECTIF)
                .build();
        Admissibility admissibility = new Admissibility(problem);
        TeamShape shape = TeamShape.of(problem).orElseThrow();
        Weights weights = Planner.weightsOf(problem);

        TeamNetwork.Solution byScip = TeamNetwork.uniqueOptimum(problem, admissibility, shape, weights);
        TeamNetwork.Solution byOjAlgo = TeamNetwork.solve(problem, admissibility, shape, weights, IntegerSolving::minimise);

        assertThat(byScip).as("SCIP proves the plan the only optimum").isNotNull();
        assertThat(byScip).isEqualTo(byOjAlgo);
    }

    @Test
    void provesUniqueMostSmallGeneratedPlansThatKeepEveryoneWithinTheirWishes() {
        List<PlanningProblem> withinWishes = IntStream.rangeClosed(1, 150)
                .mapToObj(seed -> CollectiveProjectOptimumTest.generate(new java.util.Random(seed)))
                .filter(problem -> {
                    long[] best = CollectiveProjectOptimumTest.bestByEnumeration(problem);
                    return best != null && best[2] == best[0];
                }).toList();
        long proven = withinWishes.stream().filter(problem -> TeamNetwork.uniqueOptimum(problem,
                new Admissibility(problem), TeamShape.of(problem).orElseThrow(), Planner.weightsOf(problem)) != null)
                .count();

        assertThat(proven).as("of %d problems", withinWishes.size()).isGreaterThan(withinWishes.size() * 3L / 4);
    }

    /** Choose exactly two of three items at the given costs. */
    private static ExpressionsBasedModel chooseTwoOfThree(int[] costs) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Expression two = model.addExpression("two").level(BigDecimal.valueOf(2));
        Expression cost = model.addExpression("cost").weight(1);
        for (int i = 0; i < costs.length; i++) {
            Variable item = model.addVariable("x" + i).lower(0).upper(1);
            two.set(item, 1);
            cost.set(item, costs[i]);
        }
        return model;
    }

    private static boolean isOnlyOptimum(ExpressionsBasedModel model) {
        Optimisation.Result result = ScipSolving.minimise(model);
        return ScipSolving.isOnlyOptimum(model, result, model.getExpression("cost"), List.copyOf(model.getVariables()));
    }

    private static long[] values(Optimisation.Result result, int count) {
        return IntStream.range(0, count).mapToLong(i -> Math.round(result.doubleValue(i))).toArray();
    }
}
