package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Collective projects on INET-like cohorts ({@link RealisticCohort#collective}). */
class CollectiveProjectCohortTest {

    private static PlanningProblem cohort(long seed, int administrateurs, int ingenieurs, int conservateurs) {
        return RealisticCohort.collective(seed, administrateurs, ingenieurs, conservateurs)
                .problem(InternshipType.PROJET_COLLECTIF).build();
    }

    @ParameterizedTest
    @ValueSource(longs = {1})
    void formsFullMixedTeamsAsManyWithEveryCorpsAsTheSmallestCorpsAllows(long seed) {
        PlanningProblem problem = cohort(seed, 90, 50, 20);
        Plan plan = Planner.plan(problem);

        assertThat(plan.measures().placed()).isEqualTo(160);
        assertThat(plan.teams()).contains(new TeamMeasures(40, 20, 20));
        Map<Object, List<Corps>> teams = plan.placements().stream().collect(Collectors.groupingBy(Placement::offer,
                Collectors.mapping(p -> problem.trainee(p.trainee()).orElseThrow().corps(), Collectors.toList())));
        for (Map.Entry<Object, List<Corps>> team : teams.entrySet()) {
            Offer offer = problem.offer((fr.cnfpt.inet.stages.domain.offer.OfferId) team.getKey()).orElseThrow();
            assertThat(team.getValue().size()).isEqualTo(4 * (team.getValue().size() / 4)).isLessThanOrEqualTo(4 * offer.places());
            Map<Corps, Integer> counts = new EnumMap<>(Corps.class);
            team.getValue().forEach(c -> counts.merge(c, 1, Integer::sum));
            assertThat(TeamSplits.mostAllCorpsTeams(4, List.of(Corps.ADMINISTRATEUR, Corps.CONSERVATEUR_BIBLIOTHEQUES,
                    Corps.INGENIEUR_EN_CHEF), team.getValue().size() / 4, counts)).as("mixed teams").isNotNegative();
        }
        assertThat(IndependentRules.broken(withTeamPlaces(problem), plan.placements())).isEmpty();
        assertThat(plan.measures().outsideWishes()).isLessThanOrEqualTo(8);
    }

    @Test
    void leavesOnlyTheTraineesTooFewToFillATeamAndSaysSo() {
        PlanningProblem problem = cohort(4, 45, 25, 11);
        Plan plan = Planner.plan(problem);

        assertThat(plan.measures().placed()).isEqualTo(80);
        assertThat(plan.unplaced()).hasSize(1).allSatisfy(u -> assertThat(u.reason()).isEqualTo(UnplacedReason.NO_COMPLETE_TEAM));
        assertThat(plan.teams()).contains(new TeamMeasures(20, 11, 11));
    }

    @Test
    void givesTheSamePlanWhateverTheOrderOfTheInputs() {
        RealisticCohort cohort = RealisticCohort.collective(5, 45, 25, 10);
        Random random = new Random(11);
        List<Trainee> trainees = new ArrayList<>(cohort.trainees());
        List<Offer> offers = new ArrayList<>(cohort.offers());
        List<Wish> wishes = new ArrayList<>(cohort.wishes());
        Collections.shuffle(trainees, random);
        Collections.shuffle(offers, random);
        Collections.shuffle(wishes, random);
        PlanningProblem shuffled = PlanningProblem.builder(PlanningFixture.EDITION, PlanningFixture.COHORT,
                InternshipType.PROJET_COLLECTIF).trainees(trainees).offers(offers).wishes(wishes)
                .history(cohort.history()).exclusions(cohort.exclusions()).build();

        assertThat(Planner.plan(shuffled)).isEqualTo(Planner.plan(cohort.problem(InternshipType.PROJET_COLLECTIF).build()));
    }

    @Test
    void neverGivesAProjectInATownOfTheThresholdOrFewer() {
        List<Trainee> trainees = List.of(PlanningFixture.trainee("E1", Corps.ADMINISTRATEUR),
                PlanningFixture.trainee("E2", Corps.ADMINISTRATEUR), PlanningFixture.trainee("E3", Corps.INGENIEUR_EN_CHEF),
                PlanningFixture.trainee("E4", Corps.CONSERVATEUR_BIBLIOTHEQUES));
        Offer small = CollectiveProjectOptimumTest.collectiveProject("P1", "Bourg", 40_000, 1);
        Offer large = CollectiveProjectOptimumTest.collectiveProject("P2", "Métropole", 40_001, 1);
        List<Wish> wishes = trainees.stream().map(t -> Wish.of(t.id(), small.id(), 1)).toList();
        PlanningProblem problem = PlanningProblem.builder(PlanningFixture.EDITION, PlanningFixture.COHORT,
                InternshipType.PROJET_COLLECTIF).trainees(trainees).offers(List.of(small, large)).wishes(wishes).build();

        Plan plan = Planner.plan(problem);

        assertThat(plan.placements()).extracting(Placement::offer).containsOnly(large.id()).hasSize(4);
        assertThat(plan.teams()).contains(new TeamMeasures(1, 1, 1));
        assertThat(Planner.explain(problem, plan, trainees.get(0).id()).refusals())
                .singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(RefusalReason.RULES));
    }

    /** The problem as {@link IndependentRules} counts places: one place per team member. */
    private static PlanningProblem withTeamPlaces(PlanningProblem problem) {
        List<Offer> offers = problem.offers().stream().map(o -> Offer.builder().id(o.id()).host(o.host()).type(o.type())
                .corps(o.corps().toArray(Corps[]::new)).cohort(o.cohort()).submitted(o.submitted()).title(o.title())
                .contact(o.contact()).places(4 * o.places()).build()).toList();
        return PlanningProblem.builder(problem.edition(), problem.cohort(), problem.type()).trainees(problem.trainees())
                .offers(offers).wishes(problem.wishes()).history(problem.history()).exclusions(problem.exclusions())
                .pins(problem.pins()).build();
    }
}
