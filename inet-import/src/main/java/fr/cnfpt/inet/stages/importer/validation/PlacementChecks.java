package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.offer.OfferTerms;
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
import java.util.List;

/**
 * Checks placements against the offers and trainees of the same run: both exist, the placement
 * rules hold ({@link PlacementRules}), a trainee is placed once per internship type; the
 * collective-project teams, their numbers and, once all are read, each team, by
 * {@link CollectiveProjectTeams}.
 * <p>
 * Memory: what the checks need of each accepted offer (type, corps, cohort) and trainee (corps,
 * cohort), packed as {@link PackedOffer} and {@link PackedTrainee}, and where each trainee was placed
 * for each type, is kept in {@link CompactIndex} entries, 21 to 43 bytes each: a million offers, a million trainees and three million placements
 * take about 130 MB; what the teams keep is told in {@link CollectiveProjectTeams}.
 */
final class PlacementChecks {

    /** A team's problem, reported on the line of its first placement. */
    record TeamFinding(String file, long line, Finding finding) {
    }

    private final Edition edition;
    private final CompactIndex offers = new CompactIndex();
    private final CompactIndex trainees = new CompactIndex();
    /** By trainee and internship type: the file (high 16 bits) and line of the first placement. */
    private final CompactIndex placed = new CompactIndex();
    private final CollectiveProjectTeams teams;

    PlacementChecks(Edition edition) {
        this.edition = edition;
        this.teams = new CollectiveProjectTeams(edition);
    }

    void remember(Offer offer) {
        offers.put(CompactIndex.key(offer.id().value()), PackedOffer.of(offer));
        teams.remember(offer);
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
        findings.addAll(teams.checkNumber(placement, offer != null));
        if (offer != null && trainee != null && placement.type() == InternshipType.PROJET_COLLECTIF
                && findings.stream().noneMatch(Finding::isError)) {
            teams.add(placement, trainee.corps(), file, line);
        }
        return findings;
    }

    List<TeamFinding> finish() {
        return teams.finish();
    }
}
