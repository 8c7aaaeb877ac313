package fr.cnfpt.inet.stages.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inequalities the planner's programme uses for a collective project's teams ({@link TeamShape}) against
 * every split of the trainees into teams ({@link TeamSplits}).
 */
class TeamShapeTest {

    private static final List<Corps> THREE = List.of(Corps.ADMINISTRATEUR, Corps.CONSERVATEUR_BIBLIOTHEQUES,
            Corps.INGENIEUR_EN_CHEF);

    @Test
    void countsTheMostTeamsWithEveryCorpsAsEveryPossibleSplitDoes() {
        for (int size = 3; size <= 5; size++) {
            for (List<Corps> corps : List.of(THREE, THREE.subList(0, 2))) {
                TeamShape shape = new TeamShape(size, EnumSet.copyOf(corps));
                for (int teams = 0; teams <= 4; teams++) {
                    int total = size * teams;
                    for (int a = 0; a <= total; a++) {
                        for (int b = 0; a + b <= total; b++) {
                            Map<Corps, Integer> counts = new EnumMap<>(Corps.class);
                            counts.put(corps.get(0), a);
                            counts.put(corps.get(1), corps.size() == 2 ? total - a : b);
                            if (corps.size() == 3) {
                                counts.put(corps.get(2), total - a - b);
                            } else if (b > 0) {
                                continue;
                            }
                            assertThat(shape.mostAllCorpsTeams(teams, counts))
                                    .as("size %d, %d teams, counts %s", size, teams, counts)
                                    .isEqualTo(TeamSplits.mostAllCorpsTeams(size, corps, teams, counts));
                        }
                    }
                }
            }
        }
    }

    @Test
    void refusesCountsThatDoNotFillTheTeams() {
        TeamShape shape = new TeamShape(4, EnumSet.copyOf(THREE));

        assertThat(shape.mostAllCorpsTeams(1, Map.of(Corps.ADMINISTRATEUR, 2, Corps.INGENIEUR_EN_CHEF, 1))).isEqualTo(-1);
        assertThat(shape.mostAllCorpsTeams(1, Map.of(Corps.ADMINISTRATEUR, 4))).as("a single corps").isEqualTo(-1);
        assertThat(shape.mostAllCorpsTeams(2, Map.of(Corps.ADMINISTRATEUR, 6, Corps.INGENIEUR_EN_CHEF, 1,
                Corps.CONSERVATEUR_BIBLIOTHEQUES, 1))).as("AAAB + AAAC, never ABCA + AAAA").isZero();
    }
}
