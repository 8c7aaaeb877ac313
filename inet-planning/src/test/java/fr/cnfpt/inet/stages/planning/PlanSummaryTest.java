package fr.cnfpt.inet.stages.planning;

import static fr.cnfpt.inet.stages.planning.PlanningFixture.COHORT;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.offer;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.offerId;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.problem;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.trainee;
import static fr.cnfpt.inet.stages.planning.PlanningFixture.wish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.planning.summary.FreeOffer;
import fr.cnfpt.inet.stages.planning.summary.OfferUse;
import fr.cnfpt.inet.stages.planning.summary.Outcomes;
import fr.cnfpt.inet.stages.planning.summary.PlanSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A hand-made observation campaign whose optimum is worked out by hand: seven trainees, three
 * administrateurs (A), three ingénieurs en chef (I), one conservatrice de bibliothèques (B).
 * <p>
 * O1, O2, O3 (one place each, every corps) are the only places of I and B, who are four: one of them
 * stays unplaced (criterion 1 places six, not seven). I2 takes O1, B1 O3, and I1 or I3 O2 (a tie): three
 * first choices. The administrateurs have O4 (one place) and O5 (three places); A3 wished O4 at rank 4
 * and gets it; A1 and A2 wished only O1 and O2, which the others need, and go to O5, outside their wishes.
 * O6 is a thematic offer: nobody can take it. Offers: 6, places 8, taken 6, left free: O5 (1 of 3) and O6.
 */
class PlanSummaryTest {

    private static final Corps[] ALL = {Corps.ADMINISTRATEUR, Corps.INGENIEUR_EN_CHEF, Corps.CONSERVATEUR_BIBLIOTHEQUES};

    private final PlanningProblem problem = problem(
            List.of(trainee("A1", Corps.ADMINISTRATEUR), trainee("A2", Corps.ADMINISTRATEUR),
                    trainee("A3", Corps.ADMINISTRATEUR), trainee("I1", Corps.INGENIEUR_EN_CHEF),
                    trainee("I2", Corps.INGENIEUR_EN_CHEF), trainee("I3", Corps.INGENIEUR_EN_CHEF),
                    trainee("B1", Corps.CONSERVATEUR_BIBLIOTHEQUES)),
            List.of(offer("O1", 1, ALL), offer("O2", 1, ALL), offer("O3", 1, ALL),
                    offer("O4", 1, Corps.ADMINISTRATEUR), offer("O5", 3, Corps.ADMINISTRATEUR),
                    offer("O6", "Hôte O6", 1, InternshipType.THEMATIQUE, COHORT, ALL)),
            List.of(wish("A1", "O1", 1), wish("A2", "O1", 1), wish("A2", "O2", 2),
                    wish("A3", "O1", 1), wish("A3", "O2", 2), wish("A3", "O3", 3), wish("A3", "O4", 4),
                    wish("I1", "O2", 1), wish("I1", "O3", 2), wish("I2", "O1", 1), wish("I3", "O2", 1),
                    wish("B1", "O3", 1)))
            .build();
    private final Plan plan = Planner.plan(problem);
    private final PlanSummary summary = PlanSummary.of(problem, plan);

    @Test
    void countsTheOutcomesOfEveryTrainee() {
        Outcomes overall = summary.overall();
        assertThat(overall.rankCounts()).containsExactly(Map.entry(1, 3), Map.entry(4, 1));
        assertThat(overall.trainees()).isEqualTo(7);
        assertThat(overall.firstChoice()).isEqualTo(3);
        assertThat(overall.topThree()).isEqualTo(3);
        assertThat(overall.withinWishes()).isEqualTo(4);
        assertThat(overall.outsideWishes()).isEqualTo(2);
        assertThat(overall.unplaced()).isEqualTo(1);
        assertThat(overall.placed()).isEqualTo(6);
    }

    @Test
    void agreesWithThePlansOwnFigures() {
        PlanMeasures measures = plan.measures();
        Outcomes overall = summary.overall();
        assertThat(List.of(overall.trainees(), overall.placed(), overall.withinWishes(), overall.outsideWishes(),
                overall.unplaced())).containsExactly(measures.trainees(), measures.placed(), measures.withinWishes(),
                        measures.outsideWishes(), measures.unplaced());
        assertThat(overall.rankCounts()).isEqualTo(measures.rankCounts());
    }

    @Test
    void countsEachCorpsApartInTheCorpsOrder() {
        assertThat(summary.byCorps()).containsExactly(
                Map.entry(Corps.ADMINISTRATEUR, new Outcomes(new TreeMap<>(Map.of(4, 1)), 2, 0)),
                Map.entry(Corps.CONSERVATEUR_BIBLIOTHEQUES, new Outcomes(new TreeMap<>(Map.of(1, 1)), 0, 0)),
                Map.entry(Corps.INGENIEUR_EN_CHEF, new Outcomes(new TreeMap<>(Map.of(1, 2)), 0, 1)));
        assertThat(summary.byCorps().get(Corps.ADMINISTRATEUR).topThree()).isZero();
        assertThat(summary.byCorps().get(Corps.ADMINISTRATEUR).withinWishes()).isEqualTo(1);
    }

    @Test
    void listsTheOffersLeftFree() {
        assertThat(summary.offers().offers()).isEqualTo(6);
        assertThat(summary.offers().places()).isEqualTo(8);
        assertThat(summary.offers().taken()).isEqualTo(6);
        assertThat(summary.offers().freePlaces()).isEqualTo(2);
        assertThat(summary.offers().withoutPlacement()).isEqualTo(1);
        assertThat(summary.offers().leftFree()).containsExactly(new FreeOffer(offerId("O5"), "Hôte O5", 3, 2),
                new FreeOffer(offerId("O6"), "Hôte O6", 1, 0));
    }

    @Test
    void holdsNoTraineesIdentity() {
        assertThat(summary.toString()).doesNotContain("A1", "A2", "A3", "I1", "I2", "I3", "B1");
        assertThat(summary.cohort()).isEqualTo(COHORT);
        assertThat(summary.type()).isEqualTo(InternshipType.OBSERVATION);
    }

    @Test
    void hasNoTeamsOutsideCollectiveProjects() {
        assertThat(summary.teams()).isEmpty();
    }

    @Test
    void countsACollectiveProjectsPlacesInTeams() {
        RealisticCohort cohort = RealisticCohort.collective(4, 45, 25, 11);
        PlanningProblem collective = cohort.problem(InternshipType.PROJET_COLLECTIF).build();
        Plan teams = Planner.plan(collective);

        PlanSummary planned = PlanSummary.of(collective, teams);

        assertThat(planned.teams()).contains(new TeamMeasures(20, 11, 11));
        assertThat(planned.offers().places()).isEqualTo(collective.offers().stream().mapToInt(o -> o.places()).sum());
        assertThat(planned.offers().taken()).as("teams, not trainees").isEqualTo(20);
        assertThat(planned.overall().placed()).isEqualTo(80);
    }

    @Test
    void givesThePlansTeams() {
        Plan withTeams = new Plan(plan.placements(), plan.unplaced(), plan.measures(), plan.objective(), plan.weights(),
                Optional.of(new TeamMeasures(5, 2, 3)));
        assertThat(PlanSummary.of(problem, withTeams).teams()).contains(new TeamMeasures(5, 2, 3));
    }

    @Test
    void refusesThePlanOfAnotherProblem() {
        PlanningProblem other = problem(List.of(trainee("Z9", Corps.ADMINISTRATEUR)),
                List.of(offer("O1", 1, ALL)), List.of(wish("Z9", "O1", 1))).build();
        assertThatThrownBy(() -> PlanSummary.of(other, plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("A1");
    }

    @Test
    void refusesCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> new Outcomes(new TreeMap<>(Map.of(0, 1)), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FreeOffer(offerId("O1"), "Hôte", 2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfferUse(1, 2, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsTheCorpsCountsUpFromAPlanMadeElsewhere() {
        PlanSummary read = PlanSummary.of(COHORT, InternshipType.PROJET_COLLECTIF,
                Map.of(Corps.INGENIEUR_EN_CHEF, new Outcomes(new TreeMap<>(Map.of(1, 3, 2, 1)), 1, 0),
                        Corps.ADMINISTRATEUR, new Outcomes(new TreeMap<>(Map.of(1, 4)), 0, 2)),
                new OfferUse(3, 3, 3, List.of()))
                .withTeams(new TeamMeasures(3, 1, 1));
        assertThat(read.overall()).isEqualTo(new Outcomes(new TreeMap<>(Map.of(1, 7, 2, 1)), 1, 2));
        assertThat(read.byCorps().keySet()).containsExactly(Corps.ADMINISTRATEUR, Corps.INGENIEUR_EN_CHEF);
        assertThat(read.teams()).contains(new TeamMeasures(3, 1, 1));
        assertThat(read.withTeams(new TeamMeasures(3, 1, 1))).isEqualTo(read);
    }
}
