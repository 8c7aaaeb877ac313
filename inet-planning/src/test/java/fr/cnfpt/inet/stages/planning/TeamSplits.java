package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits of an offer's trainees into teams, enumerated without the planner's inequalities: the most teams
 * with every corps over every split into {@code teams} teams of {@code size}, each mixing corps; -1 when no
 * split exists. Corps are counted per team, members are interchangeable within a corps.
 */
final class TeamSplits {

    private TeamSplits() {
    }

    static int mostAllCorpsTeams(int size, List<Corps> every, int teams, Map<Corps, Integer> counts) {
        int[] left = new int[every.size()];
        int total = 0;
        for (int k = 0; k < every.size(); k++) {
            left[k] = counts.getOrDefault(every.get(k), 0);
            total += left[k];
        }
        if (total != size * teams || counts.keySet().stream().anyMatch(c -> !every.contains(c) && counts.get(c) > 0)) {
            return -1;
        }
        List<int[]> shapes = new ArrayList<>();
        shapesOf(size, new int[every.size()], 0, shapes);
        return best(shapes, 0, left, teams);
    }

    /** Every team composition: counts per corps summing to size, with at least two corps. */
    private static void shapesOf(int size, int[] shape, int k, List<int[]> shapes) {
        if (k == shape.length - 1) {
            int used = 0;
            for (int i = 0; i < k; i++) {
                used += shape[i];
            }
            shape[k] = size - used;
            long corps = java.util.Arrays.stream(shape).filter(n -> n > 0).count();
            if (shape[k] >= 0 && corps >= 2) {
                shapes.add(shape.clone());
            }
            return;
        }
        for (int n = 0; n <= size; n++) {
            shape[k] = n;
            shapesOf(size, shape, k + 1, shapes);
        }
    }

    private static int best(List<int[]> shapes, int from, int[] left, int teams) {
        if (teams == 0) {
            return java.util.Arrays.stream(left).allMatch(n -> n == 0) ? 0 : -1;
        }
        int best = -1;
        for (int s = from; s < shapes.size(); s++) {
            int[] shape = shapes.get(s);
            boolean fits = true;
            for (int k = 0; k < left.length; k++) {
                fits &= shape[k] <= left[k];
            }
            if (!fits) {
                continue;
            }
            for (int k = 0; k < left.length; k++) {
                left[k] -= shape[k];
            }
            int rest = best(shapes, s, left, teams - 1);
            for (int k = 0; k < left.length; k++) {
                left[k] += shape[k];
            }
            if (rest >= 0) {
                boolean all = java.util.Arrays.stream(shape).allMatch(n -> n > 0);
                best = Math.max(best, rest + (all ? 1 : 0));
            }
        }
        return best;
    }
}
