package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.offer.OfferTerms;
import fr.cnfpt.inet.stages.domain.placement.CollectiveProjectTeam;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.PlacementCase;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.memory.CompactIndex;
import fr.cnfpt.inet.stages.importer.memory.PackedOffer;
import fr.cnfpt.inet.stages.importer.memory.PackedTrainee;
import fr.cnfpt.inet.stages.importer.spi.DatasetProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks placements against the offers and trainees of the same run: both exist, the placement
 * rules hold ({@link PlacementRules}), a trainee is placed once per internship type, a team number
 * only on a collective project and within its offer's places; once all are read, each
 * collective-project team is checked (four trainees of different corps). A team is the placements of
 * one offer with the same team number; the placements of an offer that give none are one team, as
 * before team numbers existed; an offer with both is reported, and only its numbered teams checked.
 * <p>
 * Memory: what the checks need of each accepted offer (type, corps, cohort) and trainee (corps,
 * cohort), packed as {@link PackedOffer} and {@link PackedTrainee}, and where each trainee was placed
 * for each type, is kept in {@link CompactIndex} entries, 21 to 43 bytes each: a million offers, a million trainees and three million placements
 * take about 130 MB; the places of each collective-project offer take one more entry of the same
 * size (collective projects are a small share of the offers); each collective-project team is its
 * offer's reference, its number and the count of its trainees of each corps.
 */
final class PlacementChecks {

    /** A team's problem, reported on the line of its first placement. */
    record TeamFinding(String file, long line, Finding finding) {
    }

    private static final int TEAM_FILE = 1;
    private static final int TEAM_LINE = 2;

    private final Edition edition;
    private final CompactIndex offers = new CompactIndex();
    private final CompactIndex trainees = new CompactIndex();
    /** By trainee and internship type: the file (high 16 bits) and line of the first placement. */
    private final CompactIndex placed = new CompactIndex();
    /** By collective-project offer: its places (one place is one team). */
    private final CompactIndex collectivePlaces = new CompactIndex();
    /**
     * By collective-project offer, then team number ({@link Placement#NO_TEAM} for the placements that give
     * none): the count of each corps (as {@link PackedOffer} counts a team), the file and line of the first
     * placement.
     */
    private final Map<String, SortedMap<Integer, long[]>> teams = new LinkedHashMap<>();
    private final List<String> teamFiles = new ArrayList<>();

    PlacementChecks(Edition edition) {
        this.edition = edition;
    }

    void remember(Offer offer) {
        offers.put(CompactIndex.key(offer.id().value()), PackedOffer.of(offer));
        if (offer.type() == InternshipType.PROJET_COLLECTIF) {
            collectivePlaces.put(CompactIndex.key(offer.id().value()), offer.places());
        }
    }

    void remember(Trainee trainee) {
        trainees.put(CompactIndex.key(trainee.id().value()), PackedTrainee.of(trainee));
    }

    /** @return true if offers were read in the run: a placement or wish must then name one of them */
    boolean knowsOffers() {
        return offers.size() > 0;
    }

    /** @return true if trainees were read in the run */
    boolean knowsTrainees() {
        return trainees.size() > 0;
    }

    OfferTerms offer(OfferId id) {
        long entry = offers.get(CompactIndex.key(id.value()), 0);
        return entry == 0 ? null : PackedOffer.terms(entry, id);
    }

    Trainee trainee(TraineeId id) {
        long entry = trainees.get(CompactIndex.key(id.value()), 0);
        return entry == 0 ? null : PackedTrainee.trainee(entry, id);
    }

    List<Finding> check(Placement placement, String file, int fileIndex, long line, List<String> files) {
        List<Finding> findings = new ArrayList<>();
        OfferTerms offer = offer(placement.offer());
        Trainee trainee = trainee(placement.trainee());
        if (offers.size() > 0 && offer == null) {
            findings.add(new Finding(DatasetProblem.OFFER_UNKNOWN, "offer", placement.offer().value(),
                    LocalizedText.of("Aucune offre acceptée n'a la référence « " + placement.offer().value()
                                    + " » : vérifiez la référence, ou corrigez l'offre.",
                            "No accepted offer has the reference \"" + placement.offer().value()
                                    + "\": check the reference, or correct the offer.")));
        }
        if (trainees.size() > 0 && trainee == null) {
            findings.add(new Finding(DatasetProblem.TRAINEE_UNKNOWN, "trainee", placement.trainee().value(),
                    LocalizedText.of("Aucun élève accepté n'a l'identifiant « " + placement.trainee().value() + " ».",
                            "No accepted trainee has the id \"" + placement.trainee().value() + "\".")));
        }
        long placedKey = CompactIndex.key(placement.trainee().value() + '\u0000' + placement.type().name());
        long first = placed.get(placedKey, -1);
        if (first >= 0) {
            long firstLine = first & 0xFFFF_FFFF_FFFFL;
            String firstFile = files.get((int) (first >>> 48));
            findings.add(new Finding(DatasetProblem.PLACEMENT_DUPLICATE, "trainee", placement.trainee().value(),
                    LocalizedText.of("Cet élève est déjà placé pour ce type de stage, ligne " + firstLine + " de "
                                    + firstFile + " : gardez un seul placement.",
                            "This trainee is already placed for this internship type, line " + firstLine + " of "
                                    + firstFile + ": keep one placement.")));
        } else {
            placed.put(placedKey, (long) fileIndex << 48 | line);
        }
        if (offer != null && trainee != null) {
            for (Violation violation : PlacementRules.check(new PlacementCase(placement, trainee, offer), edition)) {
                findings.add(Finding.of(violation, ""));
            }
        }
        findings.addAll(checkTeamNumber(placement, offer));
        if (offer != null && trainee != null && placement.type() == InternshipType.PROJET_COLLECTIF
                && findings.stream().noneMatch(Finding::isError)) {
            long[] team = teams.computeIfAbsent(placement.offer().value(), id -> new TreeMap<>())
                    .computeIfAbsent(placement.team(), number -> new long[] {0, fileOf(file), line});
            team[0] = PackedOffer.withTeamMember(team[0], trainee.corps());
        }
        return findings;
    }

    /** A team number is given only on a collective project, and is at most its offer's places. */
    private List<Finding> checkTeamNumber(Placement placement, OfferTerms offer) {
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
        long places = offer == null ? 0 : collectivePlaces.get(CompactIndex.key(placement.offer().value()), 0);
        if (places > 0 && placement.team() > places) {
            return List.of(new Finding(DatasetProblem.PLACEMENT_TEAM_BEYOND_PLACES, "team", number, LocalizedText.of(
                    "L'offre " + placement.offer() + " a " + places + " place(s), donc " + places + " équipe(s) : "
                            + "numérotez ses équipes de 1 à " + places + ", ou corrigez ses places.",
                    "Offer " + placement.offer() + " has " + places + " place(s), so " + places + " team(s): number its"
                            + " teams from 1 to " + places + ", or correct its places.")));
        }
        return List.of();
    }

    private long fileOf(String file) {
        int index = teamFiles.indexOf(file);
        if (index < 0) {
            teamFiles.add(file);
            index = teamFiles.size() - 1;
        }
        return index;
    }

    List<TeamFinding> finish() {
        List<TeamFinding> findings = new ArrayList<>();
        teams.forEach((offer, numbered) -> {
            long[] unnumbered = numbered.get(Placement.NO_TEAM);
            if (unnumbered != null && numbered.size() > 1) {
                findings.add(new TeamFinding(teamFiles.get((int) unnumbered[TEAM_FILE]), unnumbered[TEAM_LINE],
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
                    findings.add(new TeamFinding(teamFiles.get((int) team[TEAM_FILE]), team[TEAM_LINE],
                            Finding.of(violation, offer)));
                }
            });
        });
        teams.clear();
        return findings;
    }
}
