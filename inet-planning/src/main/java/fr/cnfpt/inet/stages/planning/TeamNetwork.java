package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * A collective project's plan as a mixed-integer programme, solved to proven optimality one criterion after
 * the other (lexicographic), by SCIP when OR-Tools' native libraries load, else by ojAlgo's branch-and-bound:
 * teams of exactly the edition's size are not a network flow (giving an offer 1 to 3 trainees is not a team), so
 * the flows of {@link FlowNetwork} cannot plan them.
 * <p>
 * The programme is the flow network of {@link FlowNetwork} (trainee → wished offer, trainee → their corps'
 * "outside" vertex → any offer open to the corps, and the same pairing for history and exclusions), with, for
 * each offer {@code o} of {@code p} places: an integer {@code t} (its teams, 0 to {@code p}) and an integer
 * {@code z} (its teams with every corps, 0 to {@code t}); its trainees of corps {@code k}, pins included,
 * {@code c_k}: {@code Σ c_k = s·t}, {@code c_k ≥ z} and {@code c_k ≤ (s − 1)·t − (|K| − 2)·z} ({@link TeamShape});
 * and each trainee's arc to an offer is at most {@code t} (a trainee goes only to an offer with a team: true of
 * every integer solution, it tightens the linear relaxation the branch-and-bound starts from).
 * The criteria, each solved with the earlier ones fixed at their optimum: (1) the most teams, so the most
 * trainees placed; (2) the most teams with every corps; (3) the fewest trainees outside their wishes; (4) the
 * smallest sum of rank² (criteria 3 and 4 in one objective, the cost {@code W} of a trainee outside their wishes
 * above any sum of rank²); (5) the smallest sum of tie weights ({@link TieBreak}). Solving them one by one keeps
 * every objective's coefficients small (no weight of 10¹¹ against a rank cost of 1).
 * <p>
 * Deterministic, and the same whichever solver runs: SCIP's plan is kept only when SCIP proves it the only
 * optimum of criteria 1 to 5 ({@link ScipSolving#isOnlyOptimum}), which ojAlgo then reaches too; otherwise (two
 * plans tie on every criterion, a trainee goes outside their wishes, SCIP fails or is missing) ojAlgo plans,
 * built in the problem's canonical order and solved as {@link IntegerSolving} says (one thread, a total order of
 * the open nodes, ojAlgo's process-wide counters reset, an exact gap), so that its choice among tied plans
 * depends only on the problem.
 */
final class TeamNetwork {

    /** One variable of the programme that places a trainee: on an offer, or into its corps' outside vertex. */
    private record Move(Variable variable, TraineeId trainee, OfferId offer, Corps outside, long rankCost, boolean within) {
    }

    /** Where the programme places the free trainees, and how many teams it forms. */
    record Solution(Map<TraineeId, OfferId> placed, Map<OfferId, Integer> teams) {
    }

    static {
        // ojAlgo prints a note on standard output when no hardware profile of its own matches the machine;
        // this property, read once when ojAlgo starts, keeps the command's output clean.
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
    }

    private TeamNetwork() {
    }

    /** A solver of the programme: ojAlgo's ({@link IntegerSolving}) or SCIP ({@link ScipSolving}). */
    interface Engine {
        Optimisation.Result minimise(ExpressionsBasedModel model);
    }

    static Solution solve(PlanningProblem problem, Admissibility admissibility, TeamShape shape, Weights weights) {
        if (ScipSolving.available()) {
            Solution unique = uniqueOptimum(problem, admissibility, shape, weights);
            if (unique != null) {
                return unique;
            }
        }
        return solve(problem, admissibility, shape, weights, IntegerSolving::minimise);
    }

    /** The plan ojAlgo alone reaches: the relaxed programme, else the exact one (see {@link FlowNetwork}). */
    static Solution solve(PlanningProblem problem, Admissibility admissibility, TeamShape shape, Weights weights,
            Engine engine) {
        Solution relaxed = lexicographic(problem, admissibility, shape, weights, true, engine)
                .solution(problem, admissibility);
        if (relaxed != null) {
            return relaxed;
        }
        Solution exact = lexicographic(problem, admissibility, shape, weights, false, engine)
                .solution(problem, admissibility);
        if (exact == null) {
            throw new IllegalStateException("the exact programme left trainees of an outside vertex unpaired");
        }
        return exact;
    }

    /**
     * SCIP's plan, when it is the programme's only optimum and places every trainee on an offer of their wishes
     * (nobody through an "outside" vertex, whose pairing the uniqueness proof does not cover); null otherwise, and
     * when SCIP fails or finds the pins impossible to complete: ojAlgo then plans, and says so itself.
     */
    static Solution uniqueOptimum(PlanningProblem problem, Admissibility admissibility, TeamShape shape,
            Weights weights) {
        try {
            Built built = lexicographic(problem, admissibility, shape, weights, true, ScipSolving::minimise);
            boolean outside = built.moves.stream().anyMatch(m -> m.offer() == null && built.value(m.variable()) != 0);
            List<Variable> decisions = built.moves.stream().map(Move::variable).toList();
            if (outside || !ScipSolving.isOnlyOptimum(built.model, built.result, built.criterion(3), decisions)) {
                return null;
            }
            return built.solution(problem, admissibility);
        } catch (PlanningException | IllegalStateException unproven) {
            return null;
        }
    }

    /**
     * Solves the criteria in order, each with the earlier ones fixed at their optimum, and returns the programme of
     * the last one with its solution. When one programme reaches the bounds of criteria (1) and (2), it has proven
     * them optimal: criteria (3-4) are then solved under them in one programme instead of three.
     */
    private static Built lexicographic(PlanningProblem problem, Admissibility admissibility, TeamShape shape,
            Weights weights, boolean relaxed, Engine engine) {
        long[] bounds = bounds(problem, admissibility, shape);
        long[] fixed = new long[4];
        int from = 0;
        Built direct = Built.of(problem, admissibility, shape, weights, relaxed);
        direct.criterion(0).level(BigDecimal.valueOf(bounds[0]));
        direct.criterion(1).level(BigDecimal.valueOf(bounds[1]));
        direct.criterion(2).weight(1);
        Optimisation.Result first = engine.minimise(direct.model);
        if (first.getState().isOptimal()) {
            fixed[0] = bounds[0];
            fixed[1] = bounds[1];
            fixed[2] = Math.round(direct.criterion(2).evaluate(first).doubleValue());
            from = 3;
        }
        Built built = null;
        for (int criterion = from; criterion < fixed.length; criterion++) {
            built = Built.of(problem, admissibility, shape, weights, relaxed);
            for (int earlier = 0; earlier < criterion; earlier++) {
                built.criterion(earlier).level(BigDecimal.valueOf(fixed[earlier]));
            }
            Expression objective = built.criterion(criterion);
            objective.weight(criterion < 2 ? -1 : 1);
            Optimisation.Result result = engine.minimise(built.model);
            if (criterion == 0 && result.getState() == Optimisation.State.INFEASIBLE) {
                throw new PlanningException(List.of("The pins cannot be completed into full teams of " + shape.size()
                        + " trainees mixing corps: no plan keeps them all."));
            }
            if (!result.getState().isOptimal()) {
                throw new IllegalStateException("the programme of criterion " + (criterion + 1) + " ended " + result.getState());
            }
            fixed[criterion] = Math.round(objective.evaluate(result).doubleValue());
            built.result = result;
        }
        return built;
    }

    /**
     * Upper bounds of criteria (1) and (2), in teams: no plan has more teams than the places of the offers open
     * to some trainee, nor than the trainees can fill; nor more teams with every corps than teams, nor than the
     * trainees of the smallest corps. When one programme reaches both, it has proven them optimal, and it only
     * remains to minimise criteria (3) and (4) under them: one solve instead of three.
     */
    private static long[] bounds(PlanningProblem problem, Admissibility admissibility, TeamShape shape) {
        int places = problem.offers().stream().filter(o -> problem.trainees().stream()
                .anyMatch(t -> admissibility.ruleErrors(t, o).isEmpty())).mapToInt(Offer::places).sum();
        int teams = Math.min(places, problem.trainees().size() / shape.size());
        return new long[] {teams, shape.bound(problem, teams)};
    }

    /** The largest value any criterion's objective can take: the teams, or every trainee at the larger cost or tie weight. */
    private static long largestObjective(PlanningProblem problem, Weights weights) {
        long places = problem.offers().stream().mapToLong(Offer::places).sum();
        long cost = Math.max(weights.outsideWishesCost(), Weights.rankCost(weights.maxRank()));
        return Math.max(places, weights.trainees() * Math.max(cost, TieBreak.WEIGHTS));
    }

    /** The programme of one problem, built in canonical order. */
    private static final class Built {
        final ExpressionsBasedModel model = new ExpressionsBasedModel();
        final List<Move> moves = new ArrayList<>();
        final Map<OfferId, Variable> teams = new LinkedHashMap<>();
        final Map<Corps, Map<OfferId, Variable>> outsideArcs = new EnumMap<>(Corps.class);
        /** By offer and corps: the expressions "at least z" and "at most (s − 1)·t − (|K| − 2)·z"; by offer: "Σ = s·t". */
        private final Map<OfferId, Map<Corps, Expression>> atLeastOf = new HashMap<>();
        private final Map<OfferId, Map<Corps, Expression>> atMostOf = new HashMap<>();
        private final Map<OfferId, Expression> totalOf = new HashMap<>();
        final Expression[] criteria = new Expression[4];
        Optimisation.Result result;
        Weights weights;
        private int names;

        Expression criterion(int index) {
            return criteria[index];
        }

        static Built of(PlanningProblem problem, Admissibility admissibility, TeamShape shape, Weights weights,
                boolean relaxed) {
            Built built = new Built();
            built.weights = weights;
            IntegerSolving.configure(built.model, largestObjective(problem, weights));
            built.build(problem, admissibility, shape, relaxed);
            return built;
        }

        private Variable variable(long upper) {
            return model.addVariable("v" + names++).lower(0).upper(upper);
        }

        private Variable integer(long upper) {
            return variable(upper).integer(true);
        }

        private Expression expression() {
            return model.addExpression("e" + names++);
        }

        private void build(PlanningProblem problem, Admissibility admissibility, TeamShape shape, boolean relaxed) {
            Map<OfferId, Map<Corps, Integer>> pinned = new HashMap<>();
            for (Placement pin : problem.pins()) {
                Corps corps = problem.trainee(pin.trainee()).orElseThrow().corps();
                pinned.computeIfAbsent(pin.offer(), id -> new EnumMap<>(Corps.class)).merge(corps, 1, Integer::sum);
            }
            List<Trainee> trainees = FlowNetwork.freeTrainees(problem);
            Map<Corps, List<Offer>> openTo = new EnumMap<>(Corps.class);
            for (Trainee trainee : trainees) {
                openTo.computeIfAbsent(trainee.corps(), c -> problem.offers().stream()
                        .filter(o -> admissibility.ruleErrors(trainee, o).isEmpty()).toList());
            }
            Map<Corps, Expression> hubs = new EnumMap<>(Corps.class);
            for (Map.Entry<Corps, List<Offer>> open : openTo.entrySet()) {
                Map<OfferId, Variable> arcs = new LinkedHashMap<>();
                for (Offer offer : open.getValue()) {
                    arcs.put(offer.id(), variable((long) problem.traineePlaces(offer)));
                }
                outsideArcs.put(open.getKey(), arcs);
                Expression hub = expression().level(BigDecimal.ZERO);
                arcs.values().forEach(arc -> hub.set(arc, -1));
                hubs.put(open.getKey(), hub);
            }
            for (Trainee trainee : trainees) {
                Expression one = expression().upper(BigDecimal.ONE);
                int first = moves.size();
                Set<OfferId> wished = new HashSet<>();
                for (Wish wish : problem.wishesOf(trainee.id())) {
                    wished.add(wish.offer());
                    if (admissibility.barrier(trainee, problem.offer(wish.offer()).orElseThrow()).allows()) {
                        moves.add(new Move(variable(1), trainee.id(), wish.offer(), null, Weights.rankCost(wish.rank()), true));
                    }
                }
                List<Offer> open = openTo.get(trainee.corps());
                boolean barred = !relaxed && open.stream().anyMatch(o -> !admissibility.barrier(trainee, o).allows());
                if (barred) {
                    for (Offer offer : open) {
                        if (!wished.contains(offer.id()) && admissibility.barrier(trainee, offer).allows()) {
                            moves.add(new Move(variable(1), trainee.id(), offer.id(), null, 0, false));
                        }
                    }
                } else if (!open.isEmpty()) {
                    Move outside = new Move(variable(1), trainee.id(), null, trainee.corps(), 0, false);
                    moves.add(outside);
                    hubs.get(trainee.corps()).set(outside.variable(), 1);
                }
                moves.subList(first, moves.size()).forEach(m -> one.set(m.variable(), 1));
            }
            Map<TraineeId, Corps> corpsOf = new HashMap<>();
            trainees.forEach(t -> corpsOf.put(t.id(), t.corps()));
            Expression placed = expression();
            Expression allCorps = expression();
            Expression rankCost = expression();
            Expression tie = expression();
            for (Offer offer : problem.offers()) {
                Map<Corps, Integer> pins = pinned.getOrDefault(offer.id(), Map.of());
                int pinCount = pins.values().stream().mapToInt(Integer::intValue).sum();
                Variable t = integer(offer.places()).lower((pinCount + shape.size() - 1) / shape.size());
                Variable z = integer(offer.places());
                teams.put(offer.id(), t);
                placed.set(t, 1);
                allCorps.set(z, 1);
                expression().upper(BigDecimal.ZERO).set(z, 1).set(t, -1);
                Expression total = expression().level(BigDecimal.valueOf(-pinCount)).set(t, -shape.size());
                for (Corps corps : shape.corps()) {
                    int pin = pins.getOrDefault(corps, 0);
                    Expression atLeast = expression().lower(BigDecimal.valueOf(-pin)).set(z, -1);
                    Expression atMost = expression().upper(BigDecimal.valueOf(-pin))
                            .set(t, -(shape.size() - 1)).set(z, shape.corps().size() - 2);
                    atLeastOf.computeIfAbsent(offer.id(), o -> new EnumMap<>(Corps.class)).put(corps, atLeast);
                    atMostOf.computeIfAbsent(offer.id(), o -> new EnumMap<>(Corps.class)).put(corps, atMost);
                }
                totalOf.put(offer.id(), total);
            }
            for (Move move : moves) {
                if (move.offer() != null) {
                    addToOffer(move.variable(), move.offer(), corpsOf.get(move.trainee()));
                }
                rankCost.set(move.variable(), move.within() ? move.rankCost() : weights.outsideWishesCost());
                if (move.within()) {
                    tie.set(move.variable(), TieBreak.weight(move.trainee(), move.offer()));
                }
            }
            outsideArcs.forEach((corps, arcs) -> arcs.forEach((offer, arc) -> addToOffer(arc, offer, corps)));
            for (Move move : moves) {
                if (move.offer() != null) {
                    expression().upper(BigDecimal.ZERO).set(move.variable(), 1).set(teams.get(move.offer()), -1);
                }
            }
            criteria[0] = placed;
            criteria[1] = allCorps;
            criteria[2] = rankCost;
            criteria[3] = tie;
        }

        private void addToOffer(Variable variable, OfferId offer, Corps corps) {
            Expression atLeast = atLeastOf.get(offer).get(corps);
            if (atLeast == null) {
                throw new IllegalStateException("a trainee of " + corps + " is not in the collective project's corps");
            }
            atLeast.set(variable, 1);
            atMostOf.get(offer).get(corps).set(variable, 1);
            totalOf.get(offer).set(variable, 1);
        }

        Solution solution(PlanningProblem problem, Admissibility admissibility) {
            Map<TraineeId, OfferId> placed = new LinkedHashMap<>();
            Map<Corps, List<TraineeId>> outside = new EnumMap<>(Corps.class);
            for (Move move : moves) {
                if (value(move.variable()) == 1) {
                    if (move.offer() != null) {
                        placed.put(move.trainee(), move.offer());
                    } else {
                        outside.computeIfAbsent(move.outside(), c -> new ArrayList<>()).add(move.trainee());
                    }
                }
            }
            for (Map.Entry<Corps, List<TraineeId>> hub : outside.entrySet()) {
                List<OfferId> units = new ArrayList<>();
                outsideArcs.get(hub.getKey()).forEach((offer, arc) -> {
                    for (long k = value(arc); k > 0; k--) {
                        units.add(offer);
                    }
                });
                Map<TraineeId, OfferId> paired = OutsidePairing.pair(problem, admissibility, hub.getValue(), units);
                if (paired == null) {
                    return null;
                }
                placed.putAll(paired);
            }
            Map<OfferId, Integer> formed = new LinkedHashMap<>();
            teams.forEach((offer, t) -> formed.put(offer, (int) value(t)));
            return new Solution(placed, formed);
        }

        private long value(Variable variable) {
            double value = result.doubleValue(model.indexOf(variable));
            long rounded = Math.round(value);
            if (Math.abs(value - rounded) > 1e-6) {
                throw new IllegalStateException("the programme's solution is not integral: " + value);
            }
            return rounded;
        }
    }
}
