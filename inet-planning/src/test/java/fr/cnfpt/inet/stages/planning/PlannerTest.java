package fr.cnfpt.inet.stages.planning;

import static fr.cnfpt.inet.stages.planning.PlanningFixture.had;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.offer;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.offerId;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.pin;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.problem;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.trainee;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.traineeId;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.wish;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static final Corps ADM = Corps.ADMINISTRATEUR;
    private static final Corps ING = Corps.INGENIEUR_EN_CHEF;

    private static Map<String, String> assignment(Plan plan) {
        return plan.placements().stream().collect(java.util.stream.Collectors.toMap(p -> p.trainee().value(),
                p -> p.offer().value()));
    }

    @Test
    void givesEveryoneTheirFirstChoiceWhenNoOneCompetes() {
        Plan plan = Planner.plan(problem(List.of(trainee("E1", ADM), trainee("E2", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E1", "B", 2), wish("E2", "B", 1), wish("E2", "A", 2))).build());
        assertThat(assignment(plan)).containsExactlyInAnyOrderEntriesOf(Map.of("E1", "A", "E2", "B"));
        assertThat(plan.measures()).isEqualTo(new PlanMeasures(2, 2, 2, 0, 0, new java.util.TreeMap<>(Map.of(1, 2))));
        assertThat(plan.placements()).allMatch(p -> p.type() == PlanningFixture.TYPE);
    }

    @Test
    void avoidingAFourthChoiceOutweighsTwoFirstChoices() {
        // Ranks 1, 1, 4 (sum 6, squares 18) against 2, 2, 3 (sum 7, squares 17): a sum of ranks would give two
        // first choices and a fourth; the convex cost gives three second and third choices.
        Plan plan = Planner.plan(problem(List.of(trainee("E1", ADM), trainee("E2", ADM), trainee("E3", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM), offer("C", 1, ADM), offer("X", 1, ING), offer("Y", 1, ING)),
                List.of(wish("E1", "A", 1), wish("E1", "B", 2), wish("E1", "C", 5),
                        wish("E2", "B", 1), wish("E2", "C", 2), wish("E2", "A", 5),
                        wish("E3", "X", 1), wish("E3", "Y", 2), wish("E3", "A", 3), wish("E3", "C", 4), wish("E3", "B", 5))).build());
        assertThat(assignment(plan)).containsExactlyInAnyOrderEntriesOf(Map.of("E1", "B", "E2", "C", "E3", "A"));
        assertThat(plan.objective().rankCost()).isEqualTo(17);
        assertThat(plan.measures().rankCounts()).containsExactly(Map.entry(2, 2), Map.entry(3, 1));
    }

    @Test
    void placesATraineeOutsideTheirWishesRatherThanLeaveThemUnplaced() {
        Plan plan = Planner.plan(problem(List.of(trainee("E1", ADM), trainee("E2", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E2", "A", 1))).build());
        assertThat(plan.measures().placed()).isEqualTo(2);
        assertThat(plan.measures().outsideWishes()).isEqualTo(1);
        assertThat(plan.unplaced()).isEmpty();
    }

    @Test
    void moreTraineesWithinTheirWishesOutweighsBetterRanks() {
        // E1 wants A then B; E2 wants only A. Giving E1 A (rank 1) would put E2 outside its wishes.
        Plan plan = Planner.plan(problem(List.of(trainee("E1", ADM), trainee("E2", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E1", "B", 2), wish("E2", "A", 1))).build());
        assertThat(assignment(plan)).containsEntry("E1", "B").containsEntry("E2", "A");
        assertThat(plan.measures().withinWishes()).isEqualTo(2);
    }

    @Test
    void fillsEveryPlaceOfAnOfferWithSeveral() {
        Plan plan = Planner.plan(problem(List.of(trainee("E1", ADM), trainee("E2", ADM), trainee("E3", ADM)),
                List.of(offer("A", 3, ADM)), List.of(wish("E1", "A", 1), wish("E2", "A", 1), wish("E3", "A", 1))).build());
        assertThat(plan.measures().rankCounts()).containsExactly(Map.entry(1, 3));
    }

    @Test
    void neverPlacesATraineeWithAHostOfTheirHistoryOrExclusions() {
        PlanningProblem problem = problem(List.of(trainee("E1", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM), offer("C", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E1", "B", 2), wish("E1", "C", 3)))
                .history(List.of(had("E1", "HÔTE A"))).exclusions(List.of(had("E1", "hote b"))).build();
        assertThat(assignment(Planner.plan(problem))).containsExactly(Map.entry("E1", "C"));
    }

    @Test
    void placesEveryoneOutsideTheirWishesAwayFromTheHostsTheyHad() {
        // E1 wishes only for an offer closed to its corps and already had B's host: only A fits E1, so E2, who
        // wishes for A, goes to B, and both are placed.
        PlanningProblem problem = problem(List.of(trainee("E1", ADM), trainee("E2", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM), offer("X", 1, ING)),
                List.of(wish("E1", "X", 1), wish("E2", "A", 1)))
                .history(List.of(had("E1", "Hôte B"))).build();
        assertThat(assignment(Planner.plan(problem))).containsExactlyInAnyOrderEntriesOf(Map.of("E1", "A", "E2", "B"));
    }

    @Test
    void keepsPinsAndPlansTheOthersAroundThem() {
        PlanningProblem problem = problem(List.of(trainee("E1", ADM), trainee("E2", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E2", "A", 1), wish("E2", "B", 2)))
                .pins(List.of(pin("E2", "A"))).build();
        Plan plan = Planner.plan(problem);
        assertThat(plan.placements()).contains(pin("E2", "A"), Placement.of(traineeId("E1"), offerId("B"), PlanningFixture.TYPE));
    }

    @Test
    void reportsEachUnplacedTraineeWithTheReasonAndPlacesEveryoneElse() {
        PlanningProblem problem = problem(
                List.of(trainee("E1", ADM), trainee("E2", ADM), trainee("E3", ING), trainee("E4", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E2", "A", 1), wish("E4", "B", 1)))
                .history(List.of(had("E4", "Hôte A"), had("E4", "Hôte B"))).build();
        Plan plan = Planner.plan(problem);
        assertThat(plan.unplaced()).containsExactly(
                new Unplaced(traineeId("E3"), UnplacedReason.NO_ELIGIBLE_OFFER),
                new Unplaced(traineeId("E4"), UnplacedReason.ALL_ELIGIBLE_OFFERS_EXCLUDED));
        assertThat(plan.measures().placed()).isEqualTo(2);

        PlanningProblem tooMany = problem(List.of(trainee("E1", ADM), trainee("E2", ADM)), List.of(offer("A", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E2", "A", 1))).build();
        Plan oneLeft = Planner.plan(tooMany);
        assertThat(oneLeft.placements()).hasSize(1);
        assertThat(oneLeft.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnplacedReason.NO_FREE_PLACE);
            assertThat(oneLeft.placementOf(u.trainee())).isEmpty();
        });
    }

    @Test
    void neverGivesAnOfferOfAnotherTypeOrCohort() {
        PlanningProblem problem = problem(List.of(trainee("E1", ADM)),
                List.of(offer("T", "Hôte T", 1, fr.cnfpt.inet.stages.domain.internship.InternshipType.THEMATIQUE,
                        PlanningFixture.COHORT, ADM),
                        offer("C", "Hôte C", 1, PlanningFixture.TYPE, fr.cnfpt.inet.stages.domain.cohort.CohortYear.of(2027), ADM)),
                List.of(wish("E1", "T", 1), wish("E1", "C", 2))).build();
        Plan plan = Planner.plan(problem);
        assertThat(plan.unplaced()).containsExactly(new Unplaced(traineeId("E1"), UnplacedReason.NO_ELIGIBLE_OFFER));
    }

    @Test
    void numbersTheTeamsOfACollectiveProjectAndKeepsTheTeamAPinNames() {
        Corps cons = Corps.CONSERVATEUR_BIBLIOTHEQUES;
        List<fr.cnfpt.inet.stages.domain.trainee.Trainee> trainees = List.of(trainee("A1", ADM), trainee("A2", ADM),
                trainee("B1", cons), trainee("B2", cons), trainee("C1", ING), trainee("C2", ING), trainee("C3", ING),
                trainee("C4", ING));
        PlanningProblem problem = PlanningProblem.builder(PlanningFixture.EDITION, PlanningFixture.COHORT,
                InternshipType.PROJET_COLLECTIF).trainees(trainees)
                .offers(List.of(CollectiveProjectOptimumTest.collectiveProject("P1", "Ville 1", 100_000, 2)))
                .pins(List.of(Placement.inTeam(traineeId("C4"), offerId("P1"), InternshipType.PROJET_COLLECTIF, 1)))
                .build();

        Plan plan = Planner.plan(problem);

        assertThat(plan.placements()).hasSize(8);
        assertThat(TeamSplitTest.checkNumberedTeams(problem, plan.placements())).isEqualTo(2);
        assertThat(plan.placements()).filteredOn(p -> p.trainee().equals(traineeId("C4")))
                .extracting(Placement::team).containsExactly(1);
    }

    @Test
    void leavesThePlacementsOfOtherTypesWithoutTeam() {
        Plan plan = Planner.plan(problem(List.of(trainee("E1", ADM)), List.of(offer("A", 1, ADM)),
                List.of(wish("E1", "A", 1))).build());

        assertThat(plan.placements()).extracting(Placement::teamNumber).containsExactly(java.util.OptionalInt.empty());
    }
}
