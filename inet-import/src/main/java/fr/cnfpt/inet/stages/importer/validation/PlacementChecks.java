package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.CollectiveProjectTeam;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.PlacementCase;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks placements against the offers and trainees of the same run: both exist, the placement
 * rules hold ({@link PlacementRules}), a trainee is placed once per internship type; once all are
 * read, each collective-project team is checked (four trainees of different corps).
 */
final class PlacementChecks {

    /** A team's problem, reported on the line of its first placement. */
    record TeamFinding(String file, long line, Finding finding) {
    }

    private final Edition edition;
    private final Map<OfferId, Offer> offers;
    private final Map<TraineeId, Trainee> trainees;
    private final FirstSeen placed = new FirstSeen();
    private final Map<OfferId, Team> teams = new LinkedHashMap<>();

    private static final class Team {
        final String file;
        final long line;
        final List<Trainee> members = new ArrayList<>();

        Team(String file, long line) {
            this.file = file;
            this.line = line;
        }
    }

    PlacementChecks(Edition edition, Map<OfferId, Offer> offers, Map<TraineeId, Trainee> trainees) {
        this.edition = edition;
        this.offers = offers;
        this.trainees = trainees;
    }

    List<Finding> check(Placement placement, String file, int fileIndex, long line, List<String> files) {
        List<Finding> findings = new ArrayList<>();
        Offer offer = offers.get(placement.offer());
        Trainee trainee = trainees.get(placement.trainee());
        if (!offers.isEmpty() && offer == null) {
            findings.add(new Finding("OFFER_UNKNOWN", Severity.ERROR, "offer", placement.offer().value(),
                    LocalizedText.of("Aucune offre acceptée n'a la référence « " + placement.offer().value()
                                    + " » : vérifiez la référence, ou corrigez l'offre.",
                            "No accepted offer has the reference \"" + placement.offer().value()
                                    + "\": check the reference, or correct the offer.")));
        }
        if (!trainees.isEmpty() && trainee == null) {
            findings.add(new Finding("TRAINEE_UNKNOWN", Severity.ERROR, "trainee", placement.trainee().value(),
                    LocalizedText.of("Aucun élève accepté n'a l'identifiant « " + placement.trainee().value() + " ».",
                            "No accepted trainee has the id \"" + placement.trainee().value() + "\".")));
        }
        FirstSeen.Place first = placed.putIfAbsent(placement.trainee().value() + '\u0000' + placement.type().name(),
                fileIndex, line);
        if (first != null) {
            findings.add(new Finding("PLACEMENT_DUPLICATE", Severity.ERROR, "trainee", placement.trainee().value(),
                    LocalizedText.of("Cet élève est déjà placé pour ce type de stage, ligne " + first.line() + " de "
                                    + files.get(first.file()) + " : gardez un seul placement.",
                            "This trainee is already placed for this internship type, line " + first.line() + " of "
                                    + files.get(first.file()) + ": keep one placement.")));
        }
        if (offer != null && trainee != null) {
            for (Violation violation : PlacementRules.check(new PlacementCase(placement, trainee, offer), edition)) {
                findings.add(Finding.of(violation, ""));
            }
            if (placement.type() == InternshipType.PROJET_COLLECTIF && findings.stream().noneMatch(Finding::isError)) {
                teams.computeIfAbsent(placement.offer(), id -> new Team(file, line)).members.add(trainee);
            }
        }
        return findings;
    }

    List<TeamFinding> finish() {
        List<TeamFinding> findings = new ArrayList<>();
        teams.forEach((offer, team) -> {
            for (Violation violation : PlacementRules.check(new CollectiveProjectTeam(offer, team.members), edition)) {
                findings.add(new TeamFinding(team.file, team.line, Finding.of(violation, offer.value())));
            }
        });
        teams.clear();
        return findings;
    }
}
