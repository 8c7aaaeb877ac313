package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm.Matching;
import org.jgrapht.alg.matching.HopcroftKarpMaximumCardinalityBipartiteMatching;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On realistic generated cohorts (160 trainees, about 210 places, 5 wishes each, history and exclusions), two
 * other exact algorithms check the planner: the Hungarian method (Kuhn-Munkres) on the assignment of trainees
 * to places, whose costs encode the same lexicographic objective with weights of the test's own, and a
 * maximum-cardinality matching (Hopcroft-Karp) for the number placed.
 */
class IndependentOptimumTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void hungarianMethodFindsTheSameOptimum(long seed) {
        PlanningProblem problem = RealisticCohort.inet(seed).problem().build();
        Plan plan = Planner.plan(problem);
        assertThat(IndependentRules.broken(problem, plan.placements())).isEmpty();
        assertThat(plan.measures().rankCounts()).as("a contested cohort: not everyone gets a first choice").hasSizeGreaterThan(2);
        assertThat(kuhnMunkres(problem)).isEqualTo(plan.objective());
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void placesAsManyTraineesAsAMaximumMatching(long seed) {
        RealisticCohort cohort = RealisticCohort.generate(seed, 120, 40, 40);
        PlanningProblem problem = cohort.problem().build();
        Graph<Object, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Object> left = new HashSet<>();
        Set<Object> right = new HashSet<>();
        for (Trainee trainee : problem.trainees()) {
            graph.addVertex(trainee.id());
            left.add(trainee.id());
        }
        for (Offer offer : problem.offers()) {
            for (int k = 0; k < offer.places(); k++) {
                String slot = offer.id() + "#" + k;
                graph.addVertex(slot);
                right.add(slot);
                for (Trainee trainee : problem.trainees()) {
                    if (IndependentRules.allows(problem, trainee, offer)) {
                        graph.addEdge(trainee.id(), slot);
                    }
                }
            }
        }
        int maximum = new HopcroftKarpMaximumCardinalityBipartiteMatching<>(graph, left, right).getMatching().getEdges().size();
        assertThat(Planner.plan(problem).measures().placed()).isEqualTo(maximum);
    }

    /** The optimum by the Hungarian method: trainees and spare rows against places and "unplaced" columns. */
    private static Objective kuhnMunkres(PlanningProblem problem) {
        List<Trainee> trainees = problem.trainees();
        int n = trainees.size();
        int maxRank = problem.wishes().stream().mapToInt(Wish::rank).max().orElse(1);
        double outside = (double) n * maxRank * maxRank + 1;
        double unplaced = n * outside + 1;
        double forbidden = 4 * n * unplaced;
        List<Offer> slots = new ArrayList<>();
        problem.offers().forEach(o -> {
            for (int k = 0; k < o.places(); k++) {
                slots.add(o);
            }
        });
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> rows = new HashSet<>();
        Set<String> columns = new HashSet<>();
        int size = n + slots.size();
        for (int i = 0; i < size; i++) {
            graph.addVertex("r" + i);
            rows.add("r" + i);
            graph.addVertex("c" + i);
            columns.add("c" + i);
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double cost;
                if (i >= n) {
                    cost = 0;
                } else if (j >= slots.size()) {
                    cost = unplaced;
                } else {
                    Trainee trainee = trainees.get(i);
                    Offer offer = slots.get(j);
                    cost = !IndependentRules.allows(problem, trainee, offer) ? forbidden
                            : problem.wishesOf(trainee.id()).stream().filter(w -> w.offer().equals(offer.id()))
                                    .mapToDouble(w -> (double) w.rank() * w.rank()).findFirst().orElse(outside);
                }
                graph.setEdgeWeight(graph.addEdge("r" + i, "c" + j), cost);
            }
        }
        Matching<String, DefaultWeightedEdge> matching =
                new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, rows, columns).getMatching();
        List<Placement> placements = new ArrayList<>();
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            String a = graph.getEdgeSource(edge);
            String b = graph.getEdgeTarget(edge);
            String row = a.startsWith("r") ? a : b;
            String column = a.startsWith("r") ? b : a;
            int i = Integer.parseInt(row.substring(1));
            int j = Integer.parseInt(column.substring(1));
            if (i < n && j < slots.size()) {
                assertThat(graph.getEdgeWeight(edge)).isLessThan(forbidden);
                placements.add(Placement.of(trainees.get(i).id(), slots.get(j).id(), problem.type()));
            }
        }
        return Objective.of(problem, placements);
    }
}
