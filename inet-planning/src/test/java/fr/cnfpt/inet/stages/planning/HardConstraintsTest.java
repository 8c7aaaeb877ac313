package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.PlacementCase;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On realistic cohorts with pins, and on a cohort with fewer places than trainees: every placement passes the
 * domain's placement rules, no offer gets more trainees than its places, no trainee is placed twice or with a
 * host of their history or exclusions, every pin is kept, and everyone not placed is reported with a reason.
 */
class HardConstraintsTest {

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void everyPlacementPassesTheRulesAndThePinsAreKept(long seed) {
        RealisticCohort cohort = RealisticCohort.inet(seed);
        PlanningProblem unpinned = cohort.problem().build();
        List<Placement> pins = new ArrayList<>();
        for (Trainee trainee : cohort.trainees().subList(0, 40)) {
            Offer last = unpinned.offer(unpinned.wishesOf(trainee.id()).get(unpinned.wishesOf(trainee.id()).size() - 1)
                    .offer()).orElseThrow();
            boolean free = pins.stream().filter(p -> p.offer().equals(last.id())).count() < last.places();
            if (pins.size() < 8 && free && IndependentRules.allows(unpinned, trainee, last)) {
                pins.add(Placement.of(trainee.id(), last.id(), PlanningFixture.TYPE));
            }
        }
        PlanningProblem problem = cohort.problem().pins(pins).build();
        Plan plan = Planner.plan(problem);

        assertThat(pins).hasSize(8);
        assertThat(plan.placements()).containsAll(pins);
        assertThat(IndependentRules.broken(problem, plan.placements())).isEmpty();
        for (Placement placement : plan.placements()) {
            PlacementCase c = new PlacementCase(placement, problem.trainee(placement.trainee()).orElseThrow(),
                    problem.offer(placement.offer()).orElseThrow());
            assertThat(PlacementRules.check(c, problem.edition())).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void whenPlacesRunShortEveryoneElseIsPlacedAndTheOthersAreReportedWithAReason(long seed) {
        RealisticCohort cohort = RealisticCohort.inet(seed);
        List<Offer> fewer = cohort.offers().subList(0, cohort.offers().size() * 2 / 3);
        PlanningProblem problem = PlanningFixture.problem(cohort.trainees(), fewer,
                cohort.wishes().stream().filter(w -> fewer.stream().anyMatch(o -> o.id().equals(w.offer()))).toList())
                .history(cohort.history()).exclusions(cohort.exclusions()).build();
        Plan plan = Planner.plan(problem);
        int places = fewer.stream().mapToInt(Offer::places).sum();

        assertThat(plan.unplaced()).isNotEmpty();
        assertThat(plan.measures().placed() + plan.measures().unplaced()).isEqualTo(problem.trainees().size());
        assertThat(plan.measures().placed()).isLessThanOrEqualTo(places);
        assertThat(plan.unplaced()).allSatisfy(u -> assertThat(plan.placementOf(u.trainee())).isEmpty());
        assertThat(IndependentRules.broken(problem, plan.placements())).isEmpty();
        // No unplaced trainee could take a place left free: each free place is closed to every unplaced trainee.
        for (Offer offer : fewer) {
            long taken = plan.placements().stream().filter(p -> p.offer().equals(offer.id())).count();
            if (taken < offer.places()) {
                assertThat(plan.unplaced()).noneMatch(u -> IndependentRules.allows(problem,
                        problem.trainee(u.trainee()).orElseThrow(), offer));
            }
        }
    }
}
