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
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * The planning problem as one minimum-cost flow, solved exactly by JGraphT's
 * {@link CapacityScalingMinimumCostFlow}. Vertex 0 is the sink, with a demand of every free trainee; each
 * free (unpinned) trainee is a vertex with a supply of 1, with an arc of capacity 1 to the sink (left
 * unplaced, cost U) and one of capacity 1 to each offer the hard constraints allow (cost r² for the wish of
 * rank r, W outside wishes); each offer with free places is a vertex with an arc to the sink whose capacity
 * is its places less its pins.
 * <p>
 * Built in a canonical order: trainees by id, then, for each, the wished offers by rank, the other offers
 * by id, the unplaced arc; offers by id. The solver has no randomness, so the same problem gives the same
 * flow, whatever order its parts were given in.
 */
final class FlowNetwork {

    /** An arc: its capacity and cost, and the trainee and offer it places (null for the other arcs). */
    private static final class Arc {
        final int capacity;
        final double cost;
        final TraineeId trainee;
        final OfferId offer;

        Arc(int capacity, double cost, TraineeId trainee, OfferId offer) {
            this.capacity = capacity;
            this.cost = cost;
            this.trainee = trainee;
            this.offer = offer;
        }
    }

    private FlowNetwork() {
    }

    /** Returns where the flow places each free trainee it places. */
    static Map<TraineeId, OfferId> solve(PlanningProblem problem, Admissibility admissibility, Weights weights) {
        Map<OfferId, Integer> free = freePlaces(problem);
        List<Trainee> trainees = freeTrainees(problem);
        Graph<Integer, Arc> graph = new DefaultDirectedGraph<>(null, null, false);
        int sink = 0;
        graph.addVertex(sink);
        Map<OfferId, Integer> offerVertex = new LinkedHashMap<>();
        int next = trainees.size() + 1;
        for (Offer offer : problem.offers()) {
            int places = free.get(offer.id());
            if (places > 0) {
                offerVertex.put(offer.id(), next);
                graph.addVertex(next);
                graph.addEdge(next, sink, new Arc(places, 0, null, null));
                next++;
            }
        }
        List<Arc> placing = new ArrayList<>();
        int vertex = 1;
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
                    Arc arc = new Arc(1, cost, trainee.id(), offer.id());
                    graph.addEdge(vertex, target, arc);
                    placing.add(arc);
                }
            }
            graph.addEdge(vertex, sink, new Arc(1, weights.unplacedCost(), null, null));
            vertex++;
        }
        int demand = trainees.size();
        MinimumCostFlow<Arc> flow = new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(
                new MinimumCostFlowProblemImpl<>(graph, v -> v == sink ? -demand : v <= demand ? 1 : 0,
                        arc -> arc.capacity, arc -> 0, arc -> arc.cost));
        Map<TraineeId, OfferId> placed = new LinkedHashMap<>();
        for (Arc arc : placing) {
            if (flow.getFlow(arc) > 0.5) {
                placed.put(arc.trainee, arc.offer);
            }
        }
        return placed;
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
