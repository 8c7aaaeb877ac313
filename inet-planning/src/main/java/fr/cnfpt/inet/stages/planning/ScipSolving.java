package fr.cnfpt.inet.stages.planning;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.structure.Structure1D.IntIndex;

/**
 * SCIP, through Google OR-Tools' native libraries, as a second solver of the programmes {@link TeamNetwork} writes
 * with ojAlgo's model API: the same variables, bounds, rows and objective, solved in a fraction of the time
 * (0.2 s against 6-12 s for the sample cohort's collective project, {@code docs/planning.md}).
 * <p>
 * A native solver's path among several optimal solutions may depend on the platform it was compiled for, so a
 * plan it finds is only kept when it is the programme's <em>unique</em> optimum ({@link #isOnlyOptimum}): every
 * exact solver, on every machine, then reaches the same plan, and the plan does not depend on whether the native
 * libraries loaded. When they do not (a platform OR-Tools does not ship, no writable temporary folder), the
 * planner solves with ojAlgo alone ({@link #available()} is false) and reaches the same plans, more slowly.
 * <p>
 * SCIP runs on one thread, with its default tolerances: its feasibility tolerance is relative (10⁻⁶), so the
 * planner keeps every objective it gives SCIP far below 10⁶ where a difference of 1 matters.
 */
final class ScipSolving {

    private static final boolean AVAILABLE = load();

    private ScipSolving() {
    }

    /** @return whether OR-Tools' native libraries loaded and SCIP is among their solvers */
    static boolean available() {
        return AVAILABLE;
    }

    private static boolean load() {
        try {
            Loader.loadNativeLibraries();
            MPSolver probe = MPSolver.createSolver("SCIP");
            if (probe == null) {
                return false;
            }
            probe.delete();
            return true;
        } catch (RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    /**
     * Minimises a model's objective (the weighted expressions and variables) with SCIP.
     *
     * @param model  the programme, written with ojAlgo's model API
     * @return its optimum, the variables' values in the model's order; or a result whose state is infeasible, or
     *         failed when SCIP could not prove an optimum
     */
    static Optimisation.Result minimise(ExpressionsBasedModel model) {
        Translated translated = Translated.of(model, Set.of());
        try {
            translated.objectiveOf(model);
            MPSolver.ResultStatus status = translated.solver.solve();
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return Optimisation.Result.of(Optimisation.State.INFEASIBLE, new double[translated.variables.size()]);
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                return Optimisation.Result.of(Optimisation.State.FAILED, new double[translated.variables.size()]);
            }
            double[] values = new double[translated.variables.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = translated.variables.get(i).solutionValue();
            }
            return Optimisation.Result.of(translated.solver.objective().value(), Optimisation.State.OPTIMAL, values);
        } finally {
            translated.solver.delete();
        }
    }

    /**
     * Whether a solution is the only optimum of its model: SCIP proves that no other assignment of the decision
     * variables (whole numbers 0 or 1) satisfies the model with an objective at most the solution's. It minimises
     * that objective under a "no-good" row (at least one decision differs from the solution): its bound then
     * prunes the search, a third faster than asking only whether such an assignment exists.
     *
     * @param model  the programme whose optimum {@code solution} is; its objective is a sum of whole numbers
     * @param solution  an optimum of the model
     * @param objective  the expression the model minimises (its weight is 1)
     * @param decisions  the model's variables that make a plan, each 0 or 1 in the solution
     * @return true if SCIP proves the solution unique; false if another exists or SCIP proves nothing
     */
    static boolean isOnlyOptimum(ExpressionsBasedModel model, Optimisation.Result solution, Expression objective,
            List<Variable> decisions) {
        Set<Variable> binary = Set.copyOf(decisions);
        Translated translated = Translated.of(model, binary);
        try {
            double best = objective.evaluate(solution).doubleValue();
            MPConstraint noWorse = translated.solver.makeConstraint(-MPSolver.infinity(), Math.floor(best + 0.5) + 0.5);
            translated.setAll(noWorse, objective);
            int ones = 0;
            MPConstraint other = translated.solver.makeConstraint(1, MPSolver.infinity());
            for (Variable decision : decisions) {
                MPVariable variable = translated.variables.get(model.indexOf(decision));
                if (Math.round(solution.doubleValue(model.indexOf(decision))) == 1) {
                    other.setCoefficient(variable, -1);
                    ones++;
                } else {
                    other.setCoefficient(variable, 1);
                }
            }
            other.setLb(1 - ones);
            translated.objectiveOf(model);
            return translated.solver.solve() == MPSolver.ResultStatus.INFEASIBLE;
        } finally {
            translated.solver.delete();
        }
    }

    /** A model's variables and rows in a SCIP solver, the variables in the model's order. */
    private static final class Translated {
        final MPSolver solver;
        final List<MPVariable> variables = new ArrayList<>();

        private Translated(MPSolver solver) {
            this.solver = solver;
        }

        static Translated of(ExpressionsBasedModel model, Set<Variable> binary) {
            MPSolver solver = MPSolver.createSolver("SCIP");
            if (solver == null) {
                throw new IllegalStateException("SCIP is not among OR-Tools' solvers");
            }
            solver.suppressOutput();
            solver.setNumThreads(1);
            Translated translated = new Translated(solver);
            double infinity = MPSolver.infinity();
            for (Variable variable : model.getVariables()) {
                translated.variables.add(solver.makeVar(
                        variable.isLowerLimitSet() ? variable.getLowerLimit().doubleValue() : -infinity,
                        variable.isUpperLimitSet() ? variable.getUpperLimit().doubleValue() : infinity,
                        variable.isInteger() || binary.contains(variable), ""));
            }
            List<Expression> rows = model.getExpressions().stream().filter(Expression::isConstraint)
                    .sorted(Comparator.comparing(Expression::getName, Comparator.comparingInt(String::length)
                            .thenComparing(Comparator.naturalOrder())))
                    .toList();
            for (Expression row : rows) {
                MPConstraint constraint = solver.makeConstraint(
                        row.isLowerLimitSet() ? row.getLowerLimit().doubleValue() : -infinity,
                        row.isUpperLimitSet() ? row.getUpperLimit().doubleValue() : infinity);
                translated.setAll(constraint, row);
            }
            return translated;
        }

        void setAll(MPConstraint constraint, Expression expression) {
            for (Map.Entry<IntIndex, BigDecimal> term : expression.getLinearEntrySet()) {
                constraint.setCoefficient(variables.get(term.getKey().index), term.getValue().doubleValue());
            }
        }

        /** The model's objective: each weighted variable, and each weighted expression times its weight. */
        void objectiveOf(ExpressionsBasedModel model) {
            MPObjective objective = solver.objective();
            double[] coefficients = new double[variables.size()];
            List<Variable> all = model.getVariables();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).isContributionWeightSet()) {
                    coefficients[i] += all.get(i).getContributionWeight().doubleValue();
                }
            }
            for (Expression expression : model.getExpressions()) {
                if (expression.isContributionWeightSet()) {
                    double weight = expression.getContributionWeight().doubleValue();
                    for (Map.Entry<IntIndex, BigDecimal> term : expression.getLinearEntrySet()) {
                        coefficients[term.getKey().index] += weight * term.getValue().doubleValue();
                    }
                }
            }
            for (int i = 0; i < coefficients.length; i++) {
                if (coefficients[i] != 0) {
                    objective.setCoefficient(variables.get(i), coefficients[i]);
                }
            }
            objective.setMinimization();
        }
    }
}
