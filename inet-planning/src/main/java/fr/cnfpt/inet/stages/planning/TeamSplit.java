package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The split of one collective-project offer's trainees into its teams, numbered 1 to {@code t}: each team
 * of the shape's size and mixing corps, and as many of them with every corps as the trainees allow, the
 * number {@link TeamShape#mostAllCorpsTeams} counts and the planner's objective maximises.
 * <p>
 * The teams' make-up (how many of each corps in each team) is chosen first, from the counts of each corps
 * alone: {@code z} teams get one trainee of every corps, then the other trainees go, the most numerous corps
 * first, each into the team with the most free seats where its corps does not fill a mixed team. The
 * trainees are then seated by id: the same trainees give the same teams, whatever their order. A pin that
 * names a team keeps its number when the make-up allows it (the numbers are matched to the teams whose
 * make-up holds the pins of that number); otherwise it is seated as the other trainees are, and its number
 * may change: the teams with every corps come first.
 * <p>
 * This class is immutable and thread-safe.
 */
final class TeamSplit {

    private static final Comparator<Trainee> BY_ID = Comparator.comparing(t -> t.id().value());

    private TeamSplit() {
    }

    /**
     * Splits an offer's trainees into teams.
     *
     * @param shape  the shape of the teams
     * @param trainees  the offer's trainees, pins included: {@code shape.size()} times the teams
     * @param wanted  the team number each pin names, by trainee; others absent
     * @return the team number of each trainee, 1 to {@code trainees.size() / shape.size()}
     * @throws PlanningException if the trainees do not fill whole teams
     */
    static Map<TraineeId, Integer> of(TeamShape shape, List<Trainee> trainees, Map<TraineeId, Integer> wanted) {
        if (trainees.isEmpty() || trainees.size() % shape.size() != 0) {
            throw new PlanningException(List.of("An offer's " + trainees.size() + " trainees do not make whole teams of "
                    + shape.size() + "."));
        }
        int teams = trainees.size() / shape.size();
        Map<Corps, Integer> counts = new EnumMap<>(Corps.class);
        trainees.forEach(t -> counts.merge(t.corps(), 1, Integer::sum));
        List<Map<Corps, Integer>> makeUps = makeUps(shape, teams, counts);
        int[] numbers = numbers(makeUps, trainees, wanted);
        Map<TraineeId, Integer> split = new TreeMap<>(Comparator.comparing(TraineeId::value));
        List<Trainee> sorted = trainees.stream().sorted(BY_ID).toList();
        for (int team = 0; team < teams; team++) {
            int number = numbers[team];
            seat(sorted, makeUps.get(team), number, pin -> wanted.getOrDefault(pin.id(), 0) == number, split);
        }
        for (int team = 0; team < teams; team++) {
            seat(sorted, makeUps.get(team), numbers[team], trainee -> true, split);
        }
        return split;
    }

    /** Seats in one team, by id, the trainees not yet seated that {@code first} takes, while its make-up has room for their corps. */
    private static void seat(List<Trainee> sorted, Map<Corps, Integer> makeUp, int number, Predicate<Trainee> first,
            Map<TraineeId, Integer> split) {
        for (Trainee trainee : sorted) {
            if (first.test(trainee) && !split.containsKey(trainee.id()) && makeUp.getOrDefault(trainee.corps(), 0) > 0) {
                makeUp.merge(trainee.corps(), -1, Integer::sum);
                split.put(trainee.id(), number);
            }
        }
    }

    /** How many of each corps each team holds: the first {@code z} with every corps. */
    private static List<Map<Corps, Integer>> makeUps(TeamShape shape, int teams, Map<Corps, Integer> counts) {
        int allCorps = Math.max(0, shape.mostAllCorpsTeams(teams, counts));
        List<Map<Corps, Integer>> makeUps = new ArrayList<>();
        int[] seats = new int[teams];
        Map<Corps, Integer> left = new EnumMap<>(counts);
        for (int team = 0; team < teams; team++) {
            Map<Corps, Integer> makeUp = new EnumMap<>(Corps.class);
            seats[team] = shape.size();
            if (team < allCorps) {
                for (Corps corps : shape.corps()) {
                    makeUp.put(corps, 1);
                    left.merge(corps, -1, Integer::sum);
                    seats[team]--;
                }
            }
            makeUps.add(makeUp);
        }
        List<Corps> order = left.keySet().stream()
                .sorted(Comparator.comparing((Corps c) -> -left.get(c)).thenComparing(Comparator.naturalOrder())).toList();
        for (Corps corps : order) {
            for (int n = left.get(corps); n > 0; n--) {
                int best = -1;
                for (int team = 0; team < teams; team++) {
                    boolean fills = team >= allCorps && makeUps.get(team).getOrDefault(corps, 0) == shape.size() - 1;
                    if (seats[team] > 0 && !fills && (best < 0 || seats[team] > seats[best])) {
                        best = team;
                    }
                }
                if (best < 0) { // the counts cannot make mixed teams: a team of one corps rather than no plan
                    for (int team = 0; team < teams && best < 0; team++) {
                        best = seats[team] > 0 ? team : -1;
                    }
                }
                makeUps.get(best).merge(corps, 1, Integer::sum);
                seats[best]--;
            }
        }
        return makeUps;
    }

    /**
     * The number of each team: the numbers the pins name go, as far as possible, to teams whose make-up holds
     * those pins (a bipartite matching); the other numbers, in order, to the other teams, in order.
     */
    private static int[] numbers(List<Map<Corps, Integer>> makeUps, List<Trainee> trainees,
            Map<TraineeId, Integer> wanted) {
        int teams = makeUps.size();
        Map<Integer, Map<Corps, Integer>> pinned = new TreeMap<>();
        for (Trainee trainee : trainees) {
            Integer number = wanted.get(trainee.id());
            if (number != null && number >= 1 && number <= teams) {
                pinned.computeIfAbsent(number, n -> new EnumMap<>(Corps.class)).merge(trainee.corps(), 1, Integer::sum);
            }
        }
        int[] numbers = new int[teams];
        for (Map.Entry<Integer, Map<Corps, Integer>> pins : pinned.entrySet()) {
            match(pins.getKey(), pins.getValue(), makeUps, pinned, numbers, new boolean[teams]);
        }
        Deque<Integer> free = new ArrayDeque<>();
        for (int number = 1; number <= teams; number++) {
            boolean used = false;
            for (int n : numbers) {
                used |= n == number;
            }
            if (!used) {
                free.add(number);
            }
        }
        for (int team = 0; team < teams; team++) {
            if (numbers[team] == 0) {
                numbers[team] = free.removeFirst();
            }
        }
        return numbers;
    }

    /** Kuhn's augmenting path: gives {@code number} a team that holds its pins, moving earlier numbers if need be. */
    private static boolean match(int number, Map<Corps, Integer> pins, List<Map<Corps, Integer>> makeUps,
            Map<Integer, Map<Corps, Integer>> pinned, int[] numbers, boolean[] seen) {
        for (int team = 0; team < makeUps.size(); team++) {
            if (seen[team] || !holds(makeUps.get(team), pins)) {
                continue;
            }
            seen[team] = true;
            if (numbers[team] == 0 || match(numbers[team], pinned.get(numbers[team]), makeUps, pinned, numbers, seen)) {
                numbers[team] = number;
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Map<Corps, Integer> makeUp, Map<Corps, Integer> pins) {
        return pins.entrySet().stream().allMatch(e -> makeUp.getOrDefault(e.getKey(), 0) >= e.getValue());
    }
}
