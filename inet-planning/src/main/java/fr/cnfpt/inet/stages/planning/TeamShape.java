package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shape of a collective project's teams: the edition's team size {@code s} and the corps the type is
 * open to ({@code K}, "every corps"). One place of a collective-project offer is one team.
 * <p>
 * How many of an offer's teams can have every corps depends only on how many trainees of each corps it has
 * ({@code c_k}, summing to {@code s·t} for {@code t} teams): it can have {@code z} such teams, every other team
 * still mixing corps, exactly when {@code z ≤ t}, every {@code c_k ≥ z}, and every
 * {@code c_k ≤ (s − 1)·t − (|K| − 2)·z} (a team with every corps holds at most {@code s − |K| + 1} trainees of
 * one corps, a mixed team at most {@code s − 1}). {@code TeamShapeTest} checks this against every split of
 * small teams. The planner's programme uses these inequalities, and {@link Objective#of} counts with them.
 * <p>
 * This class is immutable and thread-safe.
 */
record TeamShape(int size, Set<Corps> corps) {

    TeamShape {
        corps = EnumSet.copyOf(corps);
    }

    /** The shape of the problem's type, if it is a collective project. */
    static Optional<TeamShape> of(PlanningProblem problem) {
        if (problem.type() != InternshipType.PROJET_COLLECTIF) {
            return Optional.empty();
        }
        int size = problem.edition().catalogue().collectiveProjectTerms()
                .orElseThrow(() -> new PlanningException(List.of("The edition gives no terms for collective projects.")))
                .teamSize();
        Set<Corps> open = problem.edition().catalogue().definition(InternshipType.PROJET_COLLECTIF)
                .map(InternshipTypeDefinition::corps).orElse(Set.of()).stream()
                .filter(c -> problem.edition().profile(c).isPlacedByInet())
                .collect(() -> EnumSet.noneOf(Corps.class), Set::add, Set::addAll);
        return Optional.of(new TeamShape(size, open));
    }

    /** The most trainees of one corps in {@code teams} teams of which {@code allCorps} have every corps. */
    int mostOfOneCorps(int teams, int allCorps) {
        return (size - 1) * teams - (corps.size() - 2) * allCorps;
    }

    /**
     * The most teams with every corps that {@code teams} teams of these counts can have, every team mixing
     * corps; -1 if the counts cannot make {@code teams} mixed teams of the size.
     */
    int mostAllCorpsTeams(int teams, Map<Corps, Integer> counts) {
        if (counts.values().stream().mapToInt(Integer::intValue).sum() != size * teams) {
            return -1;
        }
        for (int z = teams; z >= 0; z--) {
            int allCorps = z;
            boolean fits = corps.size() >= 2 || z == 0; // one corps alone never makes a team with "every corps"
            for (Corps c : corps) {
                int count = counts.getOrDefault(c, 0);
                fits &= count >= allCorps && count <= mostOfOneCorps(teams, allCorps);
            }
            fits &= counts.keySet().stream().allMatch(c -> corps.contains(c) || counts.get(c) == 0);
            if (fits) {
                return z;
            }
        }
        return -1;
    }

    /**
     * The teams a set of placements makes, offer by offer: an offer with {@code n} trainees has {@code n / s}
     * teams (the planner gives exact multiples), and the most of them with every corps.
     */
    Teams teamsOf(PlanningProblem problem, Collection<Placement> placements) {
        Map<OfferId, Map<Corps, Integer>> byOffer = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (Placement placement : placements) {
            Trainee trainee = problem.trainee(placement.trainee()).orElse(null);
            Offer offer = problem.offer(placement.offer()).orElse(null);
            if (trainee != null && offer != null) {
                byOffer.computeIfAbsent(offer.id(), id -> new EnumMap<>(Corps.class)).merge(trainee.corps(), 1, Integer::sum);
            }
        }
        int count = 0;
        int allCorps = 0;
        for (Map<Corps, Integer> counts : byOffer.values()) {
            int teams = counts.values().stream().mapToInt(Integer::intValue).sum() / size;
            count += teams;
            allCorps += Math.max(0, mostAllCorpsTeams(teams, counts));
        }
        return new Teams(count, allCorps);
    }

    /**
     * The bound of {@code plan.json}: no plan of {@code teams} teams has more teams with every corps than
     * there are teams, nor than the trainees of its smallest corps.
     */
    int bound(PlanningProblem problem, int teams) {
        int bound = teams;
        for (Corps c : corps) {
            bound = Math.min(bound, (int) problem.trainees().stream().filter(t -> t.corps() == c).count());
        }
        return corps.size() >= 2 ? bound : 0;
    }

    /** The teams of some placements: how many, and how many with every corps. */
    record Teams(int count, int allCorps) {
    }
}
