package fr.cnfpt.inet.stages.planning;

import static fr.cnfpt.inet.stages.planning.PlanningFixture.had;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.offer;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.pin;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.problem;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.trainee;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.traineeId;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.wish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-made case: E1 wishes for C (closed to administrateurs), D (a host E1 already had), A (E2's first and
 * only wish), then B. E1 gets B, its fourth wish; E2 gets A.
 */
class ExplanationTest {

    private static final Corps ADM = Corps.ADMINISTRATEUR;

    private final PlanningProblem problem = problem(List.of(trainee("E1", ADM), trainee("E2", ADM)),
            List.of(offer("A", 1, ADM), offer("B", 1, ADM), offer("C", 1, Corps.INGENIEUR_EN_CHEF), offer("D", 1, ADM)),
            List.of(wish("E1", "C", 1), wish("E1", "D", 2), wish("E1", "A", 3), wish("E1", "B", 4), wish("E2", "A", 1)))
            .history(List.of(had("E1", "Hôte D"))).build();
    private final Plan plan = Planner.plan(problem);

    @Test
    void saysWhyEachBetterWishWasNotGiven() {
        Explanation explanation = Planner.explain(problem, plan, traineeId("E1"));

        assertThat(explanation.placement()).contains(pin("E1", "B"));
        assertThat(explanation.rankObtained()).hasValue(4);
        assertThat(explanation.refusals()).extracting(WishRefusal::reason)
                .containsExactly(RefusalReason.RULES, RefusalReason.HISTORY, RefusalReason.COSTS_OTHERS);
        assertThat(explanation.refusals().get(0).violations()).extracting(v -> v.code().value())
                .containsExactly("PLACEMENT_CORPS_NOT_ELIGIBLE");
        // Giving A to E1 (rank 3, cost 9) sends E2 outside its wishes: one fewer within wishes.
        Objective withA = explanation.refusals().get(2).withWish().orElseThrow();
        assertThat(withA).isEqualTo(new Objective(2, 2, 0, 1, 9));
        assertThat(plan.objective()).isEqualTo(new Objective(2, 2, 0, 2, 17));
    }

    @Test
    void statesWishesOutcomeWeightsAndReasonsInFrenchAndEnglish() {
        Explanation explanation = Planner.explain(problem, plan, traineeId("E1"));
        long outside = plan.weights().outsideWishesCost();

        assertThat(explanation.text().en()).contains(
                "Trainee E1: Observation internship, cohort 2026.",
                "Wishes: 1. C; 2. D; 3. A; 4. B.",
                "Outcome: placed on offer B, wish 4.",
                "a wish of rank r costs r²; a placement outside wishes costs " + outside,
                "Wish 1 (C) not given: the offer is not open to the trainee under the placement rules",
                "Wish 2 (D) not given: the host already had the trainee in an earlier internship.",
                "Wish 3 (A) not given: the offer is full, and giving it to the trainee would have made the plan worse"
                        + " for the other trainees; with this wish, at best: 2 trainees placed (instead of 2), 1 within"
                        + " their wishes (instead of 2), sum of squared ranks 9 (instead of 17), cost +" + (outside - 8) + ".");
        assertThat(explanation.text().fr()).contains("Élève E1", "Vœux : 1. C ; 2. D ; 3. A ; 4. B.",
                "Résultat : placé sur l'offre B, vœu n° 4.", "Vœu n° 2 (D) non donné : la structure d'accueil a déjà"
                        + " accueilli l'élève lors d'un stage précédent.");
    }

    @Test
    void aTraineeWithTheirFirstChoiceHasNothingToExplainButTheRules() {
        Explanation explanation = Planner.explain(problem, plan, traineeId("E2"));
        assertThat(explanation.refusals()).isEmpty();
        assertThat(explanation.text().en()).contains("Outcome: placed on offer A, wish 1.", "Objective, in this order");
    }

    @Test
    void saysWhenAWishWasLostOnlyToTheTieBreakingRule() {
        PlanningProblem tied = problem(List.of(trainee("E1", ADM), trainee("E2", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E1", "B", 2), wish("E2", "A", 1), wish("E2", "B", 2))).build();
        Plan tiedPlan = Planner.plan(tied);
        String second = tiedPlan.placements().stream().filter(p -> p.offer().value().equals("B")).findFirst()
                .orElseThrow().trainee().value();

        Explanation explanation = Planner.explain(tied, tiedPlan, traineeId(second));
        assertThat(explanation.refusals()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.TIE);
            assertThat(r.withWish()).contains(tiedPlan.objective());
        });
    }

    @Test
    void saysWhenPlacementsWereFixedByTheCoordinator() {
        PlanningProblem pinned = problem(List.of(trainee("E1", ADM), trainee("E2", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E1", "B", 2), wish("E2", "A", 1), wish("E2", "B", 2)))
                .pins(List.of(pin("E1", "B"), pin("E2", "A"))).build();
        Plan pinnedPlan = Planner.plan(pinned);
        assertThat(Planner.explain(pinned, pinnedPlan, traineeId("E1")).refusals()).extracting(WishRefusal::reason)
                .containsExactly(RefusalReason.PINNED);
        assertThat(Planner.explain(pinned, pinnedPlan, traineeId("E1")).text().en())
                .contains("(placement fixed by the coordinator)");

        PlanningProblem full = problem(List.of(trainee("E1", ADM), trainee("E2", ADM)),
                List.of(offer("A", 1, ADM), offer("B", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E1", "B", 2), wish("E2", "A", 1))).pins(List.of(pin("E2", "A"))).build();
        assertThat(Planner.explain(full, Planner.plan(full), traineeId("E1")).refusals()).extracting(WishRefusal::reason)
                .containsExactly(RefusalReason.OFFER_PINNED_FULL);
    }

    @Test
    void explainsAnUnplacedTraineeWithTheReason() {
        PlanningProblem shortOfPlaces = problem(List.of(trainee("E1", ADM), trainee("E2", Corps.INGENIEUR_EN_CHEF)),
                List.of(offer("A", 1, ADM)), List.of(wish("E1", "A", 1), wish("E2", "A", 1))).build();
        Explanation explanation = Planner.explain(shortOfPlaces, Planner.plan(shortOfPlaces), traineeId("E2"));
        assertThat(explanation.placement()).isEmpty();
        assertThat(explanation.unplacedReason()).contains(UnplacedReason.NO_ELIGIBLE_OFFER);
        assertThat(explanation.text().en()).contains("Outcome: not placed. No offer of this type and cohort is open to"
                + " the trainee's corps.");
    }

    @Test
    void statesTheTieWeightsOfACollectiveProjectAmongTheCriteria() {
        PlanningProblem collective = PlanningProblem.builder(PlanningFixture.EDITION, PlanningFixture.COHORT,
                        InternshipType.PROJET_COLLECTIF)
                .trainees(List.of(trainee("A1", ADM), trainee("B1", Corps.CONSERVATEUR_BIBLIOTHEQUES),
                        trainee("C1", Corps.INGENIEUR_EN_CHEF), trainee("C2", Corps.INGENIEUR_EN_CHEF)))
                .offers(List.of(CollectiveProjectOptimumTest.collectiveProject("P1", "Ville 1", 100_000, 1)))
                .wishes(List.of(wish("A1", "P1", 1))).build();

        Explanation why = Planner.explain(collective, Planner.plan(collective), traineeId("A1"));

        assertThat(why.text().en()).contains("(5) then the smallest sum of the tie weights of the placements within wishes",
                "SHA-256(\"E→O\") modulo 1,024", "Ties: criterion 5, then the canonical order of the ids");
        assertThat(why.text().fr()).contains("(5) puis la plus petite somme des poids de départage",
                "Égalités : le critère 5, puis ordre canonique des identifiants");
    }

    @Test
    void refusesATraineeOutsideTheProblem() {
        assertThatThrownBy(() -> Planner.explain(problem, plan, traineeId("E9"))).isInstanceOf(PlanningException.class)
                .hasMessageContaining("E9");
    }
}
