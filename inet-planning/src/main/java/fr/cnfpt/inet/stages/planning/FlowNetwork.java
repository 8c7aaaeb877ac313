package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;

/**
 * The planning problem as minimum-cost flows, solved exactly by JGraphT's {@link CapacityScalingMinimumCostFlow}.
 * Vertex 0 is the sink, with a demand of every free (unpinned) trainee; vertex 1 gathers the trainees left
 * unplaced; each free trainee is a vertex with a supply of 1, an arc of capacity 1 to vertex 1 and one of
 * capacity 1 to each offer the hard constraints allow; each offer with free places is a vertex with an arc
 * to the sink whose capacity is its places less its pins.
 * <ol>
 * <li>First flow: an unplaced trainee costs 1, everything else 0; its cost is the fewest trainees that must
 *     stay unplaced, {@code k}.</li>
 * <li>Second flow: the arc from vertex 1 to the sink gets capacity {@code k}, so exactly the most trainees
 *     possible are placed; a wish of rank r costs r², an offer outside the wishes {@link Weights#outsideWishesCost()}.</li>
 * </ol>
 * Built in a canonical order: offers by id; then trainees by id, and for each the wished offers by rank, the
 * other offers by id, the unplaced arc. The solver has no randomness and iterates the graph in insertion
 * order, so the same problem gives the same flow, whatever order its parts were given in.
 * <p>
 * JGraphT 1.5.3's solver reads arc costs from the graph's edge weights, not from the problem's cost function:
 * the costs are set as edge weights.
 */
final class FlowNetwork {

    /** An arc: its cost in each flow, and the trainee and offer it places (null for the other arcs). */
    private static final class Arc {
        final int capacity;
        final double firstCost;
        final double secondCost;
        final TraineeId trainee;
        final OfferId offer;

        Arc(int capacity, double firstCost, double secondCost, TraineeId trainee, OfferId offer) {
            this.capacity = capacity;
            this.firstCost = firstCost;
            this.secondCost = secondCost;
            this.trainee = trainee;
            this.offer = offer;
        }
    }

    private FlowNetwork() {
    }

    /** Returns where the flows place each free trainee they place. */
    static Map<TraineeId, OfferId> solve(PlanningProblem problem, Admissibility admissibility, Weights weights) {
        Map<OfferId, Integer> free = freePlaces(problem);
        List<Trainee> trainees = freeTrainees(problem);
        Graph<Integer, Arc> graph = new DefaultDirectedWeightedGraph<>(null, null);
        int sink = 0;
        int unplaced = 1;
        graph.addVertex(sink);
        graph.addVertex(unplaced);
        Arc unplacedArc = new Arc(trainees.size(), 0, 0, null, null);
        graph.addEdge(unplaced, sink, unplacedArc);
        Map<OfferId, Integer> offerVertex = new LinkedHashMap<>();
        int next = trainees.size() + 2;
        for (Offer offer : problem.offers()) {
            int places = free.get(offer.id());
            if (places > 0) {
                offerVertex.put(offer.id(), next);
                graph.addVertex(next);
                graph.addEdge(next, sink, new Arc(places, 0, 0, null, null));
                next++;
            }
        }
        List<Arc> placing = new ArrayList<>();
        int vertex = 2;
        for (Trainee trainee : trainees) {
            graph.addVertex(vertex);
            Map<OfferId, Integer> ranks = new HashMap<>();
            problem.wishesOf(trainee.id()).forEach(w -> ranks.put(w.offer(), w.rank()));
            List<Offer> order = new ArrayList<>();
            problem.wishesOf(trainee.id()).stream().map(Wish::offer).map(id -> problem.offer(id).orElseThrow())
                    .forEach(order::add);
            problem.offers().stream().filter(o -> !ranks.containsKey(o.id())).forEach(order::add);
            for (Offer offer : order) {
                Integer target = offerVertex.get(offer.id());
                if (target != null && admissibility.barrier(trainee, offer).allows()) {
                    Integer rank = ranks.get(offer.id());
                    double cost = rank == null ? weights.outsideWishesCost() : Weights.rankCost(rank);
                    Arc arc = new Arc(1, 0, cost, trainee.id(), offer.id());
                    graph.addEdge(vertex, target, arc);
                    placing.add(arc);
                }
            }
            graph.addEdge(vertex, unplaced, new Arc(1, 1, 0, null, null));
            vertex++;
        }
        int demand = trainees.size();
        graph.edgeSet().forEach(arc -> graph.setEdgeWeight(arc, arc.firstCost));
        MinimumCostFlow<Arc> first = solve(graph, demand, arc -> arc.capacity);
        int fewestUnplaced = (int) Math.round(first.getFlow(unplacedArc));
        graph.edgeSet().forEach(arc -> graph.setEdgeWeight(arc, arc.secondCost));
        MinimumCostFlow<Arc> second = solve(graph, demand, arc -> arc == unplacedArc ? fewestUnplaced : arc.capacity);
        Map<TraineeId, OfferId> placed = new LinkedHashMap<>();
        for (Arc arc : placing) {
            if (second.getFlow(arc) > 0.5) {
                placed.put(arc.trainee, arc.offer);
            }
        }
        if (placed.size() != demand - fewestUnplaced) {
            throw new IllegalStateException("the second flow placed " + placed.size() + " trainees, not "
                    + (demand - fewestUnplaced));
        }
        return placed;
    }

    private static MinimumCostFlow<Arc> solve(Graph<Integer, Arc> graph, int demand,
            java.util.function.Function<Arc, Integer> capacity) {
        return new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(new MinimumCostFlowProblemImpl<>(
                graph, v -> v == 0 ? -demand : v >= 2 && v < demand + 2 ? 1 : 0, capacity, arc -> 0));
    }

    /** The trainees the flow places: those not pinned, by id. */
    static List<Trainee> freeTrainees(PlanningProblem problem) {
        java.util.Set<TraineeId> pinned = new java.util.HashSet<>();
        problem.pins().forEach(p -> pinned.add(p.trainee()));
        return problem.trainees().stream().filter(t -> !pinned.contains(t.id())).toList();
    }

    /** Each offer's places less its pins. */
    static Map<OfferId, Integer> freePlaces(PlanningProblem problem) {
        Map<OfferId, Integer> free = new HashMap<>();
        problem.offers().forEach(o -> free.put(o.id(), o.places()));
        for (Placement pin : problem.pins()) {
            free.merge(pin.offer(), -1, Integer::sum);
        }
        return free;
    }
}
