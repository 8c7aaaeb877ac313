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

/**
 * Checks placements against the offers and trainees of the same run: both exist, the placement
 * rules hold ({@link PlacementRules}), a trainee is placed once per internship type; once all are
 * read, each collective-project team is checked (four trainees of different corps).
 * <p>
 * Memory: what the checks need of each accepted offer (type, corps, cohort) and trainee (corps,
 * cohort), packed as {@link PackedOffer} and {@link PackedTrainee}, and where each trainee was placed
 * for each type, is kept in {@link CompactIndex} entries, 21 to 43 bytes each: a million offers, a million trainees and three million placements
 * take about 130 MB; each collective-project team is its offer's reference and the count of its
 * trainees of each corps.
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
    /** By collective-project offer: the count of each corps (as {@link PackedOffer} counts a team), the file and line of the first placement. */
    private final Map<String, long[]> teams = new LinkedHashMap<>();
    private final List<String> teamFiles = new ArrayList<>();

    PlacementChecks(Edition edition) {
        this.edition = edition;
    }

    void remember(Offer offer) {
        offers.put(CompactIndex.key(offer.id().value()), PackedOffer.of(offer));
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
            if (placement.type() == InternshipType.PROJET_COLLECTIF && findings.stream().noneMatch(Finding::isError)) {
                long[] team = teams.computeIfAbsent(placement.offer().value(), id -> new long[] {0, fileOf(file), line});
                team[0] = PackedOffer.withTeamMember(team[0], trainee.corps());
            }
        }
        return findings;
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
        teams.forEach((offer, team) -> {
            List<Corps> members = new ArrayList<>();
            for (Corps corps : Corps.values()) {
                for (int n = PackedOffer.teamMembers(team[0], corps); n > 0; n--) {
                    members.add(corps);
                }
            }
            for (Violation violation : PlacementRules.check(new CollectiveProjectTeam(OfferId.of(offer), members),
                    edition)) {
                findings.add(new TeamFinding(teamFiles.get((int) team[TEAM_FILE]), team[TEAM_LINE],
                        Finding.of(violation, offer)));
            }
        });
        teams.clear();
        return findings;
    }
}
