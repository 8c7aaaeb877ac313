package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm.Matching;
import org.jgrapht.alg.matching.HopcroftKarpMaximumCardinalityBipartiteMatching;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Pairs the trainees a corps' "outside" vertex carries with the places it sends them to, never with a host of
 * a trainee's history or exclusions: a maximum matching (Hopcroft-Karp), built in the order given (trainees by
 * id, places by offer id), so the pairing is the same on every run.
 */
final class OutsidePairing {

    private OutsidePairing() {
    }

    /** Returns the pairing, or null if no pairing places every trainee. */
    static Map<TraineeId, OfferId> pair(PlanningProblem problem, Admissibility admissibility, List<TraineeId> trainees,
            List<OfferId> places) {
        if (trainees.size() != places.size()) {
            throw new IllegalStateException("the outside vertex carries " + trainees.size() + " trainees to "
                    + places.size() + " places");
        }
        int n = trainees.size();
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        Set<Integer> left = new HashSet<>();
        Set<Integer> right = new HashSet<>();
        for (int i = 0; i < 2 * n; i++) {
            graph.addVertex(i);
            (i < n ? left : right).add(i);
        }
        for (int i = 0; i < n; i++) {
            Trainee trainee = problem.trainee(trainees.get(i)).orElseThrow();
            for (int j = 0; j < n; j++) {
                if (admissibility.barrier(trainee, problem.offer(places.get(j)).orElseThrow()).allows()) {
                    graph.addEdge(i, n + j);
                }
            }
        }
        Matching<Integer, DefaultEdge> matching =
                new HopcroftKarpMaximumCardinalityBipartiteMatching<>(graph, left, right).getMatching();
        if (matching.getEdges().size() != n) {
            return null;
        }
        Map<TraineeId, OfferId> paired = new LinkedHashMap<>();
        for (DefaultEdge edge : matching.getEdges()) {
            int a = graph.getEdgeSource(edge);
            int b = graph.getEdgeTarget(edge);
            paired.put(trainees.get(Math.min(a, b)), places.get(Math.max(a, b) - n));
        }
        return paired;
    }
}
