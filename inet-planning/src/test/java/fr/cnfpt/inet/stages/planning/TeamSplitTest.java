package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The split of an offer's trainees into numbered teams ({@link TeamSplit}). */
class TeamSplitTest {

    private static final Corps A = Corps.ADMINISTRATEUR;
    private static final Corps B = Corps.CONSERVATEUR_BIBLIOTHEQUES;
    private static final Corps C = Corps.INGENIEUR_EN_CHEF;
    private static final List<Corps> THREE = List.of(A, B, C);

    @Test
    void everySplitIsFullAndMixedWithTheMostTeamsWithEveryCorps() {
        for (int size = 3; size <= 5; size++) {
            for (List<Corps> corps : List.of(THREE, THREE.subList(0, 2))) {
                TeamShape shape = new TeamShape(size, EnumSet.copyOf(corps));
                for (int teams = 1; teams <= 4; teams++) {
                    int total = size * teams;
                    for (int a = 0; a <= total; a++) {
                        for (int b = 0; a + b <= total; b++) {
                            int c = total - a - b;
                            if (corps.size() == 2 && c > 0) {
                                continue;
                            }
                            Map<Corps, Integer> counts = new EnumMap<>(Corps.class);
                            counts.put(A, a);
                            counts.put(B, b);
                            counts.put(C, c);
                            int most = shape.mostAllCorpsTeams(teams, counts);
                            if (most < 0) {
                                continue;
                            }
                            List<Trainee> trainees = trainees(a, b, c);
                            Map<TraineeId, Integer> split = TeamSplit.of(shape, trainees, Map.of());

                            List<Map<Corps, Integer>> made = teams(trainees, split, teams);
                            String what = String.format("size %d, %d teams, counts %s: %s", size, teams, counts, made);
                            for (Map<Corps, Integer> team : made) {
                                assertThat(team.values().stream().mapToInt(Integer::intValue).sum()).as(what)
                                        .isEqualTo(size);
                                assertThat(team.keySet()).as(what).hasSizeGreaterThanOrEqualTo(2);
                            }
                            assertThat(made.stream().filter(team -> team.keySet().containsAll(corps)).count()).as(what)
                                    .isEqualTo(most);
                        }
                    }
                }
            }
        }
    }

    @Test
    void givesTheSameSplitWhateverTheOrderOfTheTrainees() {
        TeamShape shape = new TeamShape(4, EnumSet.copyOf(THREE));
        List<Trainee> trainees = trainees(5, 4, 3);
        Map<TraineeId, Integer> first = TeamSplit.of(shape, trainees, Map.of());

        for (long seed = 1; seed <= 20; seed++) {
            List<Trainee> shuffled = new ArrayList<>(trainees);
            Collections.shuffle(shuffled, new Random(seed));

            assertThat(TeamSplit.of(shape, shuffled, Map.of())).as("seed %d", seed)
                    .containsExactlyInAnyOrderEntriesOf(first);
        }
    }

    @Test
    void seatsTheTraineesByIdWhenNoPinNamesATeam() {
        TeamShape shape = new TeamShape(4, EnumSet.copyOf(THREE));

        Map<TraineeId, Integer> split = TeamSplit.of(shape, trainees(2, 2, 4), Map.of());

        // A1, A2, B1, B2, C1..C4: two teams with every corps, the first ids in team 1
        assertThat(split).containsExactlyInAnyOrderEntriesOf(Map.of(
                id("A1"), 1, id("B1"), 1, id("C1"), 1, id("C2"), 1,
                id("A2"), 2, id("B2"), 2, id("C3"), 2, id("C4"), 2));
    }

    @Test
    void keepsTheTeamNumberAPinNames() {
        TeamShape shape = new TeamShape(4, EnumSet.copyOf(THREE));
        List<Trainee> trainees = trainees(2, 2, 4);

        Map<TraineeId, Integer> split = TeamSplit.of(shape, trainees, Map.of(id("A1"), 2, id("C4"), 2, id("B2"), 1));

        assertThat(split).containsEntry(id("A1"), 2).containsEntry(id("C4"), 2).containsEntry(id("B2"), 1);
        assertThat(teams(trainees, split, 2)).allSatisfy(team -> assertThat(team.keySet()).containsAll(THREE));
    }

    @Test
    void renumbersAPinWhoseTeamNumberTheTeamsCannotKeep() {
        TeamShape shape = new TeamShape(4, EnumSet.copyOf(THREE));
        List<Trainee> trainees = trainees(2, 2, 4);

        // two administrators cannot both be in team 1 when each team needs one; a number above the teams is not kept
        Map<TraineeId, Integer> split = TeamSplit.of(shape, trainees, Map.of(id("A1"), 1, id("A2"), 1, id("B1"), 3));

        assertThat(teams(trainees, split, 2)).allSatisfy(team -> assertThat(team.keySet()).containsAll(THREE));
        assertThat(split.values()).containsOnly(1, 2);
    }

    @Test
    void refusesTraineesThatDoNotMakeWholeTeams() {
        TeamShape shape = new TeamShape(4, EnumSet.copyOf(THREE));

        assertThatThrownBy(() -> TeamSplit.of(shape, trainees(2, 2, 3), Map.of()))
                .isInstanceOf(PlanningException.class).hasMessageContaining("whole teams");
    }

    /**
     * Checks the numbered teams of a plan's placements: each team of an offer full and mixing corps.
     *
     * @return how many of the teams have every corps of the shape
     */
    static long checkNumberedTeams(PlanningProblem problem, List<Placement> placements) {
        TeamShape shape = TeamShape.of(problem).orElseThrow();
        Map<String, Map<Corps, Integer>> teams = new HashMap<>();
        for (Placement placement : placements) {
            assertThat(placement.teamNumber()).as("%s", placement).isPresent();
            int places = problem.offer(placement.offer()).orElseThrow().places();
            assertThat(placement.team()).as("%s", placement).isBetween(1, places);
            teams.computeIfAbsent(placement.offer() + "#" + placement.team(), t -> new EnumMap<>(Corps.class))
                    .merge(problem.trainee(placement.trainee()).orElseThrow().corps(), 1, Integer::sum);
        }
        teams.forEach((team, corps) -> {
            assertThat(corps.values().stream().mapToInt(Integer::intValue).sum()).as(team).isEqualTo(shape.size());
            assertThat(corps.keySet()).as(team).hasSizeGreaterThanOrEqualTo(2);
        });
        return teams.values().stream().filter(corps -> corps.keySet().containsAll(shape.corps())).count();
    }

    private static List<Map<Corps, Integer>> teams(List<Trainee> trainees, Map<TraineeId, Integer> split, int teams) {
        assertThat(split.keySet()).containsExactlyInAnyOrderElementsOf(trainees.stream().map(Trainee::id).toList());
        List<Map<Corps, Integer>> made = new ArrayList<>();
        for (int n = 1; n <= teams; n++) {
            made.add(new EnumMap<>(Corps.class));
        }
        for (Trainee trainee : trainees) {
            made.get(split.get(trainee.id()) - 1).merge(trainee.corps(), 1, Integer::sum);
        }
        return made;
    }

    /** Trainees A1.., B1.., C1.. of the three corps, listed in an order that is not their ids'. */
    private static List<Trainee> trainees(int a, int b, int c) {
        List<Trainee> trainees = new ArrayList<>();
        for (int i = Math.max(a, Math.max(b, c)); i >= 1; i--) {
            if (i <= c) {
                trainees.add(PlanningFixture.trainee("C" + i, C));
            }
            if (i <= a) {
                trainees.add(PlanningFixture.trainee("A" + i, A));
            }
            if (i <= b) {
                trainees.add(PlanningFixture.trainee("B" + i, B));
            }
        }
        return trainees;
    }

    private static TraineeId id(String id) {
        return TraineeId.of(id);
    }
}
