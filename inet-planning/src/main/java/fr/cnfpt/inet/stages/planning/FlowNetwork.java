package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;

/**
 * The planning problem as minimum-cost flows, solved exactly by JGraphT's {@link CapacityScalingMinimumCostFlow}.
 * Vertex 0 is the sink, with a demand of every free (unpinned) trainee; vertex 1 gathers the trainees left
 * unplaced; each free trainee is a vertex with a supply of 1 and an arc of capacity 1 to vertex 1 and to each
 * offer of their wishes the hard constraints allow; each offer with free places is a vertex with an arc to the
 * sink whose capacity is its places less its pins. A placement outside the wishes goes through one vertex per
 * corps (the corps' "outside" vertex): an arc of capacity 1 from the trainee, then an arc to every offer the
 * placement rules open to that corps. This keeps the network small (a trainee has a handful of arcs, not one per
 * offer) and is exact: an optimal flow never sends a trainee through that vertex to an offer of their wishes
 * (the direct arc is cheaper), and the trainees it carries may be paired with its offers in any order.
 * <ol>
 * <li>First flow: an unplaced trainee costs 1, everything else 0; its cost is the fewest trainees that must
 *     stay unplaced, {@code k}.</li>
 * <li>Second flow: the arc from vertex 1 to the sink gets capacity {@code k}, so exactly the most trainees
 *     possible are placed; a wish of rank r costs r², a placement outside the wishes
 *     {@link Weights#outsideWishesCost()}.</li>
 * </ol>
 * History and exclusions: the corps' outside vertex ignores them at first; the trainees it carries are then
 * paired with its offers by a maximum matching that avoids every host of a trainee's history or exclusions. If
 * no such pairing places them all, the network is built again with direct arcs (to every offer allowed outside
 * their wishes) for each trainee who has such a host among the offers, and the corps' vertex for the others
 * only: exact in every case.
 * <p>
 * Built in a canonical order: offers by id, corps in code order; then trainees by id, and for each the wished
 * offers by rank, the outside arcs, the unplaced arc. The solver has no randomness and iterates the graph in
 * insertion order, so the same problem gives the same flow, whatever order its parts were given in.
 * <p>
 * JGraphT 1.5.3's solver reads arc costs from the graph's edge weights, not from the problem's cost function:
 * the costs are set as edge weights.
 */
final class FlowNetwork {

    /** An arc: its capacity, its cost in each flow, and the trainee, offer or corps it concerns (or null). */
    private static final class Arc {
        final int capacity;
        final double firstCost;
        final double secondCost;
        final TraineeId trainee;
        final OfferId offer;
        final Corps outside;

        Arc(int capacity, double firstCost, double secondCost, TraineeId trainee, OfferId offer, Corps outside) {
            this.capacity = capacity;
            this.firstCost = firstCost;
            this.secondCost = secondCost;
            this.trainee = trainee;
            this.offer = offer;
            this.outside = outside;
        }
    }

    private FlowNetwork() {
    }

    /** Returns where the flows place each free trainee they place. */
    static Map<TraineeId, OfferId> solve(PlanningProblem problem, Admissibility admissibility, Weights weights) {
        Map<TraineeId, OfferId> relaxed = solve(problem, admissibility, weights, true);
        if (relaxed != null) {
            return relaxed;
        }
        Map<TraineeId, OfferId> exact = solve(problem, admissibility, weights, false);
        if (exact == null) {
            throw new IllegalStateException("the exact network left trainees of an outside vertex unpaired");
        }
        return exact;
    }

    /** Solves; with {@code relaxed}, returns null when the outside vertices' trainees cannot all be paired. */
    private static Map<TraineeId, OfferId> solve(PlanningProblem problem, Admissibility admissibility, Weights weights,
            boolean relaxed) {
        Map<OfferId, Integer> free = freePlaces(problem);
        List<Trainee> trainees = freeTrainees(problem);
        Graph<Integer, Arc> graph = new DefaultDirectedWeightedGraph<>(null, null);
        graph.addVertex(0);
        graph.addVertex(1);
        Arc unplacedArc = new Arc(trainees.size(), 0, 0, null, null, null);
        graph.addEdge(1, 0, unplacedArc);
        Map<OfferId, Integer> offerVertex = new LinkedHashMap<>();
        int next = trainees.size() + 2;
        for (Offer offer : problem.offers()) {
            if (free.get(offer.id()) > 0) {
                offerVertex.put(offer.id(), next);
                graph.addVertex(next);
                graph.addEdge(next, 0, new Arc(free.get(offer.id()), 0, 0, null, null, null));
                next++;
            }
        }
        Map<Corps, List<Offer>> openTo = new EnumMap<>(Corps.class);
        Map<Corps, Integer> outsideVertex = new EnumMap<>(Corps.class);
        for (Trainee trainee : trainees) {
            if (!outsideVertex.containsKey(trainee.corps())) {
                List<Offer> open = problem.offers().stream().filter(o -> offerVertex.containsKey(o.id())
                        && admissibility.ruleErrors(trainee, o).isEmpty()).toList();
                openTo.put(trainee.corps(), open);
                outsideVertex.put(trainee.corps(), next++);
            }
        }
        for (Map.Entry<Corps, Integer> hub : new java.util.TreeMap<>(outsideVertex).entrySet()) {
            graph.addVertex(hub.getValue());
            for (Offer offer : openTo.get(hub.getKey())) {
                graph.addEdge(hub.getValue(), offerVertex.get(offer.id()),
                        new Arc(free.get(offer.id()), 0, 0, null, offer.id(), null));
            }
        }
        List<Arc> placing = new ArrayList<>();
        int vertex = 2;
        for (Trainee trainee : trainees) {
            graph.addVertex(vertex);
            Set<OfferId> wished = new HashSet<>();
            for (Wish wish : problem.wishesOf(trainee.id())) {
                wished.add(wish.offer());
                Integer target = offerVertex.get(wish.offer());
                if (target != null && admissibility.barrier(trainee, problem.offer(wish.offer()).orElseThrow()).allows()) {
                    Arc arc = new Arc(1, 0, Weights.rankCost(wish.rank()), trainee.id(), wish.offer(), null);
                    graph.addEdge(vertex, target, arc);
                    placing.add(arc);
                }
            }
            List<Offer> open = openTo.get(trainee.corps());
            boolean barred = !relaxed && open.stream().anyMatch(o -> !admissibility.barrier(trainee, o).allows());
            for (Offer offer : barred ? open : List.<Offer>of()) {
                if (!wished.contains(offer.id()) && admissibility.barrier(trainee, offer).allows()) {
                    Arc arc = new Arc(1, 0, weights.outsideWishesCost(), trainee.id(), offer.id(), null);
                    graph.addEdge(vertex, offerVertex.get(offer.id()), arc);
                    placing.add(arc);
                }
            }
            if (!barred && !open.isEmpty()) {
                Arc arc = new Arc(1, 0, weights.outsideWishesCost(), trainee.id(), null, trainee.corps());
                graph.addEdge(vertex, outsideVertex.get(trainee.corps()), arc);
                placing.add(arc);
            }
            graph.addEdge(vertex, 1, new Arc(1, 1, 0, null, null, null));
            vertex++;
        }
        int demand = trainees.size();
        graph.edgeSet().forEach(arc -> graph.setEdgeWeight(arc, arc.firstCost));
        MinimumCostFlow<Arc> first = solve(graph, demand, arc -> arc.capacity);
        int fewestUnplaced = (int) Math.round(first.getFlow(unplacedArc));
        graph.edgeSet().forEach(arc -> graph.setEdgeWeight(arc, arc.secondCost));
        MinimumCostFlow<Arc> second = solve(graph, demand, arc -> arc == unplacedArc ? fewestUnplaced : arc.capacity);
        return placements(problem, admissibility, graph, second, placing, outsideVertex, demand - fewestUnplaced);
    }

    private static Map<TraineeId, OfferId> placements(PlanningProblem problem, Admissibility admissibility,
            Graph<Integer, Arc> graph, MinimumCostFlow<Arc> flow, List<Arc> placing, Map<Corps, Integer> outsideVertex,
            int expected) {
        Map<TraineeId, OfferId> placed = new LinkedHashMap<>();
        Map<Corps, List<TraineeId>> outside = new EnumMap<>(Corps.class);
        for (Arc arc : placing) {
            if (flow.getFlow(arc) > 0.5) {
                if (arc.outside == null) {
                    placed.put(arc.trainee, arc.offer);
                } else {
                    outside.computeIfAbsent(arc.outside, c -> new ArrayList<>()).add(arc.trainee);
                }
            }
        }
        for (Map.Entry<Corps, List<TraineeId>> hub : outside.entrySet()) {
            List<OfferId> units = new ArrayList<>();
            for (Arc arc : graph.outgoingEdgesOf(outsideVertex.get(hub.getKey()))) {
                long count = Math.round(flow.getFlow(arc));
                OfferId offer = arc.offer;
                for (long k = 0; k < count; k++) {
                    units.add(offer);
                }
            }
            Map<TraineeId, OfferId> paired = OutsidePairing.pair(problem, admissibility, hub.getValue(), units);
            if (paired == null) {
                return null;
            }
            placed.putAll(paired);
        }
        if (placed.size() != expected) {
            throw new IllegalStateException("the second flow placed " + placed.size() + " trainees, not " + expected);
        }
        return placed;
    }

    private static MinimumCostFlow<Arc> solve(Graph<Integer, Arc> graph, int demand, Function<Arc, Integer> capacity) {
        return new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(new MinimumCostFlowProblemImpl<>(
                graph, v -> v == 0 ? -demand : v >= 2 && v < demand + 2 ? 1 : 0, capacity, arc -> 0));
    }

    /** The trainees the flow places: those not pinned, by id. */
    static List<Trainee> freeTrainees(PlanningProblem problem) {
        Set<TraineeId> pinned = new HashSet<>();
        problem.pins().forEach(p -> pinned.add(p.trainee()));
        return problem.trainees().stream().filter(t -> !pinned.contains(t.id())).toList();
    }

    /** Each offer's places less its pins. */
    static Map<OfferId, Integer> freePlaces(PlanningProblem problem) {
        Map<OfferId, Integer> free = new HashMap<>();
        problem.offers().forEach(o -> free.put(o.id(), problem.traineePlaces(o)));
        for (Placement pin : problem.pins()) {
            free.merge(pin.offer(), -1, Integer::sum);
        }
        return free;
    }
}
