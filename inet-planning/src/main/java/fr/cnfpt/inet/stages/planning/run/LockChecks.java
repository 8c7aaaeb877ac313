package fr.cnfpt.inet.stages.planning.run;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.PlacementCase;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.planning.TraineeHost;
import fr.cnfpt.inet.stages.planning.run.LockRefusal.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks each locked placement against the plan it is to be kept in, before the problem is built, so that
 * a refusal says where the placement was read: of the plan's type, naming an accepted offer and trainee of
 * the plan's cohort, within the placement rules, an eligible trainee, not with a host of the trainee's
 * history or exclusions, one per trainee, no more than the trainees an offer takes (its places, times the
 * edition's team size for a collective project). The messages name the offer,
 * never the trainee.
 */
final class LockChecks {

    private final Edition edition;
    private final CohortYear cohort;
    private final InternshipType type;
    private final Map<OfferId, Offer> offers;
    private final Map<TraineeId, Trainee> trainees = new HashMap<>();
    private final List<TraineeHost> history;
    private final List<TraineeHost> exclusions;
    /** The trainees one place takes: the edition's team size for a collective project, otherwise 1. */
    private final int teamSize;

    LockChecks(Edition edition, CohortYear cohort, InternshipType type, Map<OfferId, Offer> offers,
            List<Trainee> trainees, List<TraineeHost> history, List<TraineeHost> exclusions) {
        this.edition = edition;
        this.cohort = cohort;
        this.type = type;
        this.offers = offers;
        trainees.forEach(t -> this.trainees.put(t.id(), t));
        this.history = history;
        this.exclusions = exclusions;
        this.teamSize = type == InternshipType.PROJET_COLLECTIF ? edition.catalogue().collectiveProjectTerms()
                .map(terms -> terms.teamSize()).orElse(1) : 1;
    }

    List<LockRefusal> refusals(List<LockedPlacement> locked) {
        List<LockRefusal> refusals = new ArrayList<>();
        Map<TraineeId, LockedPlacement> byTrainee = new HashMap<>();
        Map<OfferId, Integer> taken = new HashMap<>();
        for (LockedPlacement lock : locked) {
            LockRefusal refusal = refusal(lock);
            if (refusal == null) {
                refusal = counted(lock, byTrainee, taken);
            }
            if (refusal != null) {
                refusals.add(refusal);
            }
        }
        return refusals;
    }

    private LockRefusal refusal(LockedPlacement lock) {
        Placement placement = lock.placement();
        String reference = placement.offer().value();
        if (placement.type() != type) {
            return new LockRefusal(lock, Reason.OTHER_TYPE, LocalizedText.of(
                    "ce placement verrouillé est un stage " + placement.type().code() + ", le plan est celui du stage "
                            + type.code() + " : retirez la ligne, ou planifiez ce type de stage",
                    "this locked placement is a " + placement.type().code() + " internship, the plan is of the "
                            + type.code() + " internship: remove the row, or plan that type"));
        }
        Offer offer = offers.get(placement.offer());
        if (offer == null) {
            return new LockRefusal(lock, Reason.OFFER_UNKNOWN, LocalizedText.of(
                    "aucune offre acceptée n'a la référence « " + reference + " » : donnez le fichier de ses offres",
                    "no accepted offer has the reference \"" + reference + "\": give the file of its offers"));
        }
        Trainee trainee = trainees.get(placement.trainee());
        if (trainee == null) {
            return new LockRefusal(lock, Reason.TRAINEE_UNKNOWN, LocalizedText.of(
                    "l'élève de cette ligne n'est pas un élève accepté : vérifiez son identifiant",
                    "the trainee of this row is no accepted trainee: check the id"));
        }
        if (!offer.cohort().equals(cohort) || !trainee.cohort().equals(cohort)) {
            return new LockRefusal(lock, Reason.OTHER_COHORT, LocalizedText.of(
                    "l'offre « " + reference + " » ou l'élève de cette ligne n'est pas de la promotion " + cohort
                            + " du plan : retirez la ligne, ou donnez --cohort",
                    "the offer \"" + reference + "\" or the trainee of this row is not of the plan's cohort " + cohort
                            + ": remove the row, or give --cohort"));
        }
        List<Violation> violations = PlacementRules.check(new PlacementCase(placement, trainee, offer.terms()), edition)
                .stream().filter(Violation::isError).toList();
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            return new LockRefusal(lock, Reason.PLACEMENT_RULES, LocalizedText.of(
                    "ce placement verrouillé enfreint la règle " + first.code().value() + " : " + first.message().fr(),
                    "this locked placement breaks the rule " + first.code().value() + ": " + first.message().en()));
        }
        if (!edition.profile(trainee.corps()).isPlacedByInet() || !edition.catalogue().isOpen(type, trainee.corps())) {
            return new LockRefusal(lock, Reason.TRAINEE_NOT_ELIGIBLE, LocalizedText.of(
                    "l'élève de cette ligne n'est pas placé par l'INET pour ce stage : retirez la ligne",
                    "the trainee of this row is not placed by INET for this internship: remove the row"));
        }
        boolean had = history.stream().anyMatch(h -> h.trainee().equals(trainee.id())
                && h.host().isSameHostAs(offer.host().identity()));
        boolean excluded = exclusions.stream().anyMatch(h -> h.trainee().equals(trainee.id())
                && h.host().isSameHostAs(offer.host().identity()));
        if (had || excluded) {
            return new LockRefusal(lock, Reason.HOST_EXCLUDED, LocalizedText.of(
                    "la structure de l'offre « " + reference + " » est " + (had ? "dans l'historique" : "dans les exclusions")
                            + " de l'élève de cette ligne : retirez la ligne, ou " + (had ? "l'affectation antérieure"
                                    : "l'exclusion"),
                    "the host of the offer \"" + reference + "\" is in the " + (had ? "history" : "exclusions")
                            + " of the trainee of this row: remove the row, or the " + (had ? "earlier placement"
                                    : "exclusion")));
        }
        return null;
    }

    private LockRefusal counted(LockedPlacement lock, Map<TraineeId, LockedPlacement> byTrainee,
            Map<OfferId, Integer> taken) {
        Placement placement = lock.placement();
        LockedPlacement first = byTrainee.putIfAbsent(placement.trainee(), lock);
        if (first != null) {
            return new LockRefusal(lock, Reason.TRAINEE_LOCKED_TWICE, LocalizedText.of(
                    "l'élève de cette ligne a déjà un placement verrouillé, " + first.where() + " : gardez-en un",
                    "the trainee of this row already has a locked placement, " + first.where() + ": keep one"));
        }
        Offer offer = offers.get(placement.offer());
        int count = taken.merge(placement.offer(), 1, Integer::sum);
        int capacity = offer.places() * teamSize;
        if (count > capacity) {
            return new LockRefusal(lock, Reason.PLACES_EXCEEDED, LocalizedText.of(
                    "l'offre « " + offer.id().value() + " » prend " + capacity + " élève(s), et ce placement"
                            + " verrouillé est son " + count + "e : retirez-en un, ou donnez-lui plus de places",
                    "the offer \"" + offer.id().value() + "\" takes " + capacity + " trainee(s), and this locked"
                            + " placement is its number " + count + ": remove one, or give the offer more places"));
        }
        return null;
    }
}
