package fr.cnfpt.inet.stages.planning;

import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.optimisation.integer.NodeKey;
import org.ojalgo.type.context.NumberContext;

/**
 * How the planner runs ojAlgo's branch-and-bound so that a programme's optimum is exact and the same on every run:
 * <ul>
 * <li>exact: the objectives are whole numbers, so a solution within less than 1 of the best bound is optimal; the
 * gap tolerance is set from the largest value the objective can take (its relative error times that value stays
 * under 0.01), not left at ojAlgo's default (a relative 10⁻⁶, which accepts a worse plan once the objective
 * passes a million, as it can with the cost of a trainee outside their wishes on a large cohort);</li>
 * <li>one search thread, and the open nodes taken in a total order (best bound, then creation): its parallel
 * workers, or two nodes of equal bound taken in the order of a hash set, could return another of several optimal
 * solutions;</li>
 * <li>ojAlgo's process-wide counters reset before each solve. ojAlgo names each cut it generates
 * {@code CUT_GMI_<row>_<counter>} from a static counter, and keeps a model's constraints in a hash map by name:
 * the constraints' order, hence the vertex the simplex reaches among optimal ones, depended on how many cuts any
 * earlier solve of the process had made (measured on a variant of this programme without the bounds on the
 * trainees' arcs: the same problem, planned six times in one process, gave another optimal plan from its fifth
 * call on, at the same calls in every new process). Resetting the counter, and the node sequence, under one lock makes a
 * solve depend only on its programme. Solves of collective projects therefore run one at a time in a process.</li>
 * </ul>
 * The counters are private fields of ojAlgo, read by reflection: a version of ojAlgo without them fails here, at
 * the first solve, rather than planning silently without the guarantee.
 */
final class IntegerSolving {

    /** The open nodes in a total order: best bound first, then the order they were made in. */
    private static final Comparator<NodeKey> BEST_BOUND_THEN_CREATION = NodeKey.MIN_OBJECTIVE
            .thenComparingLong(node -> node.sequence);

    private static final Object ONE_AT_A_TIME = new Object();

    private static final AtomicInteger CUT_NAMES = counter("org.ojalgo.optimisation.integer.NodeSolver", "COUNTER",
            AtomicInteger.class);
    private static final AtomicLong NODE_SEQUENCE = counter("org.ojalgo.optimisation.integer.NodeKey",
            "SEQUENCE_GENERATOR", AtomicLong.class);

    private IntegerSolving() {
    }

    /**
     * Sets a model's search so that its optimum is exact and reproducible.
     *
     * @param model  the programme
     * @param largestObjective  the largest absolute value the objective can take, at least 1
     */
    static void configure(ExpressionsBasedModel model, long largestObjective) {
        model.options.integer(IntegerStrategy.DEFAULT.withParallelism(() -> 1)
                .withPriorityDefinitions(BEST_BOUND_THEN_CREATION)
                .withGapTolerance(gapTolerance(largestObjective)));
    }

    /** A relative error of 10^-(digits + 2) of the largest objective, so at most 0.01 in absolute value. */
    static NumberContext gapTolerance(long largestObjective) {
        int digits = Long.toString(Math.max(1, largestObjective)).length();
        return NumberContext.of(digits + 3, 8);
    }

    /** Minimises a configured model, alone in the process and from ojAlgo's initial counters. */
    static Optimisation.Result minimise(ExpressionsBasedModel model) {
        synchronized (ONE_AT_A_TIME) {
            CUT_NAMES.set(0);
            NODE_SEQUENCE.set(0);
            return model.minimise();
        }
    }

    private static <T> T counter(String className, String fieldName, Class<T> type) {
        try {
            Field field = Class.forName(className).getDeclaredField(fieldName);
            field.setAccessible(true);
            return type.cast(field.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this version of ojAlgo has no " + className + "." + fieldName
                    + ": the planner cannot make its solves reproducible (see IntegerSolving)", e);
        }
    }
}
