package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.CollectiveProjectTeam;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.memory.CompactIndex;
import fr.cnfpt.inet.stages.importer.memory.PackedOffer;
import fr.cnfpt.inet.stages.importer.spi.DatasetProblem;
import fr.cnfpt.inet.stages.importer.validation.PlacementChecks.TeamFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The collective-project teams of the placements of a run, for {@link PlacementChecks}: a team number
 * only on a collective project and within its offer's places; once all placements are read, each team
 * checked by the team rules ({@link PlacementRules#teamRules()}). A team is the placements of one offer
 * with the same team number; the placements of an offer that give none are one team, as before team
 * numbers existed; an offer with both is reported, and only its numbered teams checked.
 * <p>
 * Memory: the places of each collective-project offer, one {@link CompactIndex} entry each (collective
 * projects are a small share of the offers); each team is its offer's reference, its number and the count
 * of its trainees of each corps (as {@link PackedOffer} counts a team).
 */
final class CollectiveProjectTeams {

    private static final int TEAM_FILE = 1;
    private static final int TEAM_LINE = 2;

    private final Edition edition;
    /** By collective-project offer: its places (one place is one team). */
    private final CompactIndex places = new CompactIndex();
    /**
     * By collective-project offer, then team number ({@link Placement#NO_TEAM} for the placements that give
     * none): the count of each corps, the file and line of the first placement.
     */
    private final Map<String, SortedMap<Integer, long[]>> teams = new LinkedHashMap<>();
    private final List<String> files = new ArrayList<>();

    CollectiveProjectTeams(Edition edition) {
        this.edition = edition;
    }

    void remember(Offer offer) {
        if (offer.type() == InternshipType.PROJET_COLLECTIF) {
            places.put(CompactIndex.key(offer.id().value()), offer.places());
        }
    }

    /**
     * Checks a placement's team number, if it gives one.
     *
     * @param offerKnown  whether the placement's offer was accepted in the run
     */
    List<Finding> checkNumber(Placement placement, boolean offerKnown) {
        if (placement.teamNumber().isEmpty()) {
            return List.of();
        }
        String number = String.valueOf(placement.team());
        if (placement.type() != InternshipType.PROJET_COLLECTIF) {
            return List.of(new Finding(DatasetProblem.PLACEMENT_TEAM_NOT_COLLECTIVE, "team", number, LocalizedText.of(
                    "Cette affectation de type « " + placement.type() + " » donne le numéro d'équipe " + number
                            + " : seuls les projets collectifs se font en équipe, laissez la cellule vide.",
                    "This " + placement.type() + " placement gives team number " + number + ": only collective"
                            + " projects are done in teams, leave the cell empty.")));
        }
        long places = offerKnown ? this.places.get(CompactIndex.key(placement.offer().value()), 0) : 0;
        if (places > 0 && placement.team() > places) {
            return List.of(new Finding(DatasetProblem.PLACEMENT_TEAM_BEYOND_PLACES, "team", number, LocalizedText.of(
                    "L'offre " + placement.offer() + " a " + places + " place(s), donc " + places + " équipe(s) : "
                            + "numérotez ses équipes de 1 à " + places + ", ou corrigez ses places.",
                    "Offer " + placement.offer() + " has " + places + " place(s), so " + places + " team(s): number its"
                            + " teams from 1 to " + places + ", or correct its places.")));
        }
        return List.of();
    }

    /** Counts an accepted collective-project placement in its team. */
    void add(Placement placement, Corps corps, String file, long line) {
        long[] team = teams.computeIfAbsent(placement.offer().value(), id -> new TreeMap<>())
                .computeIfAbsent(placement.team(), number -> new long[] {0, fileOf(file), line});
        team[0] = PackedOffer.withTeamMember(team[0], corps);
    }

    private long fileOf(String file) {
        int index = files.indexOf(file);
        if (index < 0) {
            files.add(file);
            index = files.size() - 1;
        }
        return index;
    }

    List<TeamFinding> finish() {
        List<TeamFinding> findings = new ArrayList<>();
        teams.forEach((offer, numbered) -> {
            long[] unnumbered = numbered.get(Placement.NO_TEAM);
            if (unnumbered != null && numbered.size() > 1) {
                findings.add(new TeamFinding(files.get((int) unnumbered[TEAM_FILE]), unnumbered[TEAM_LINE],
                        new Finding(DatasetProblem.PLACEMENT_TEAM_NUMBERS_MIXED, "team", offer, LocalizedText.of(
                                "Le projet collectif " + offer + " a des affectations numérotées par équipe et"
                                        + " d'autres sans numéro, dont celle de cette ligne : donnez un numéro d'équipe"
                                        + " à chacune, ou à aucune.",
                                "Collective project " + offer + " has placements numbered by team and others without"
                                        + " a number, this line's among them: give each one a team number, or none."))));
                numbered.remove(Placement.NO_TEAM);
            }
            numbered.forEach((number, team) -> {
                List<Corps> members = new ArrayList<>();
                for (Corps corps : Corps.values()) {
                    for (int n = PackedOffer.teamMembers(team[0], corps); n > 0; n--) {
                        members.add(corps);
                    }
                }
                for (Violation violation : PlacementRules.check(
                        new CollectiveProjectTeam(OfferId.of(offer), members, number), edition)) {
                    findings.add(new TeamFinding(files.get((int) team[TEAM_FILE]), team[TEAM_LINE],
                            Finding.of(violation, offer)));
                }
            });
        });
        teams.clear();
        return findings;
    }
}
