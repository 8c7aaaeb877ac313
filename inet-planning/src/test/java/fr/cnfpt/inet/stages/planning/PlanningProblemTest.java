package fr.cnfpt.inet.stages.planning;

import static fr.cnfpt.inet.stages.planning.PlanningFixture.offer;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.pin;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.problem;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.trainee;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.wish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningProblemTest {

    private static final Corps ADM = Corps.ADMINISTRATEUR;

    @Test
    void countsACollectiveProjectsPlacesInTeamsOfTheEditionsSize() {
        int teamSize = PlanningFixture.EDITION.catalogue().collectiveProjectTerms().orElseThrow().teamSize();
        Offer project = CollectiveProjectOptimumTest.collectiveProject("P1", "Métropole", 250_000, 2);
        PlanningProblem collective = PlanningProblem.builder(PlanningFixture.EDITION, PlanningFixture.COHORT,
                InternshipType.PROJET_COLLECTIF).offers(List.of(project)).build();
        assertThat(collective.traineePlaces(project)).isEqualTo(2 * teamSize);
        assertThat(problem(List.of(), List.of(offer("A", 2, ADM)), List.of()).build().traineePlaces(offer("A", 2, ADM)))
                .isEqualTo(2);
    }

    @Test
    void refusesTraineesWhoAreNotEligible() {
        Trainee inp = trainee("E1", Corps.CONSERVATEUR_PATRIMOINE);
        Trainee later = Trainee.of(TraineeId.of("E2"), ADM, CohortYear.of(2027));
        assertThatThrownBy(() -> problem(List.of(inp, later), List.of(), List.of()).build())
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.problems()).containsExactly(
                        "Trainee E1 is not eligible: OBSERVATION is not open to CONSERVATEUR_PATRIMOINE.",
                        "Trainee E2 is in cohort 2027, not 2026."));
    }

    @Test
    void refusesWishesThatContradictThemselvesListingEveryProblem() {
        assertThatThrownBy(() -> problem(List.of(trainee("E1", ADM)), List.of(offer("A", 1, ADM), offer("B", 1, ADM)),
                List.of(wish("E1", "A", 1), wish("E1", "B", 1), wish("E1", "A", 2), wish("E1", "Z", 3), wish("E9", "A", 1)))
                .build())
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "Trainee E1 has two wishes at rank 1.", "Trainee E1 wishes for offer A twice.",
                        "Trainee E1 wishes for unknown offer Z.", "A wish names unknown trainee E9."));
    }

    @Test
    void refusesPinsThatBreakAHardConstraintOrExceedThePlaces() {
        assertThatThrownBy(() -> problem(List.of(trainee("E1", ADM), trainee("E2", ADM), trainee("E3", ADM)),
                List.of(offer("A", 1, ADM), offer("C", 1, Corps.INGENIEUR_EN_CHEF)), List.of())
                .pins(List.of(pin("E1", "A"), pin("E2", "A"), pin("E3", "C"))).build())
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.problems()).containsExactly(
                        "Offer A has more pins than the 1 trainees it takes.",
                        "The pin of trainee E3 on offer C breaks a hard constraint: PLACEMENT_CORPS_NOT_ELIGIBLE."));
    }

    @Test
    void holdsEverythingInACanonicalOrder() {
        PlanningProblem problem = problem(List.of(trainee("E2", ADM), trainee("E1", ADM)),
                List.of(offer("B", 1, ADM), offer("A", 1, ADM)), List.of(wish("E2", "A", 2), wish("E1", "B", 1),
                        wish("E2", "B", 1))).build();
        assertThat(problem.trainees()).extracting(t -> t.id().value()).containsExactly("E1", "E2");
        assertThat(problem.offers()).extracting(o -> o.id().value()).containsExactly("A", "B");
        assertThat(problem.wishes()).containsExactly(wish("E1", "B", 1), wish("E2", "B", 1), wish("E2", "A", 2));
    }
}
