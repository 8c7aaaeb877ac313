package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.type.context.NumberContext;

class IntegerSolvingTest {

    @Test
    void theGapToleranceTellsApartObjectivesOneHundredthApartUpToTheLargest() {
        for (long largest : new long[] {1, 9, 10, 722, 864_000, 1_000_000_000_000L}) {
            NumberContext gap = IntegerSolving.gapTolerance(largest);
            assertThat(gap.isDifferent(largest, largest - 0.02)).as("largest %d", largest).isTrue();
            assertThat(gap.isDifferent(largest, largest - 1e-9)).as("largest %d", largest).isFalse();
        }
    }

    @Test
    void aSolveStartsFromOjAlgosInitialCutCounterWhateverEarlierSolvesMade() throws Exception {
        AtomicInteger cuts = cutCounter();
        cuts.set(1_000_000);
        ExpressionsBasedModel model = knapsack();
        IntegerSolving.configure(model, 100);
        Optimisation.Result result = IntegerSolving.minimise(model);
        assertThat(result.getState().isOptimal()).isTrue();
        assertThat(cuts.get()).as("the counter was reset before the solve").isLessThan(1_000_000);
    }

    /** A small integer programme with several optimal solutions: pick 3 of 6 items of tied values. */
    private static ExpressionsBasedModel knapsack() {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Expression count = model.addExpression("count").level(BigDecimal.valueOf(3));
        Expression weight = model.addExpression("weight").upper(BigDecimal.valueOf(7));
        int[] weights = {2, 3, 2, 3, 2, 1};
        int[] values = {4, 5, 4, 5, 4, 2};
        for (int i = 0; i < weights.length; i++) {
            Variable item = model.addVariable("x" + i).binary().weight(-values[i]);
            count.set(item, 1);
            weight.set(item, weights[i]);
        }
        return model;
    }

    private static AtomicInteger cutCounter() throws Exception {
        Field field = Class.forName("org.ojalgo.optimisation.integer.NodeSolver").getDeclaredField("COUNTER");
        field.setAccessible(true);
        return (AtomicInteger) field.get(null);
    }
}
