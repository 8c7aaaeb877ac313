package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.offer.OfferTerms;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.PlacementCase;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.DatasetProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks wishes, row by row and across rows: the offer and the trainee are those of the run (when
 * offers or trainees files are read), the offer is of the trainee's cohort and open to the trainee's
 * corps (the placement rules, {@link PlacementRules}, applied to the wish as if it were given), a
 * trainee wishes each offer once and gives each rank once; once all wishes are read, a trainee whose
 * ranks skip a number (1, 2, 4) is warned about.
 * <p>
 * Memory: each accepted wish's rank and offer, by trainee. A campaign's wishes are a few thousand.
 */
final class WishChecks {

    /** A trainee's accepted wishes: where each rank and each offer was first given. */
    private static final class Wishes {
        final Map<Integer, Long> ranks = new HashMap<>();
        final Map<String, Long> offers = new HashMap<>();
        final int file;
        final long line;

        Wishes(int file, long line) {
            this.file = file;
            this.line = line;
        }
    }

    private final Edition edition;
    private final PlacementChecks records;
    private final Map<String, Wishes> byTrainee = new LinkedHashMap<>();

    WishChecks(Edition edition, PlacementChecks records) {
        this.edition = edition;
        this.records = records;
    }

    List<Finding> check(Wish wish, int fileIndex, long line, List<String> files) {
        List<Finding> findings = new ArrayList<>();
        OfferTerms offer = records.offer(wish.offer());
        Trainee trainee = records.trainee(wish.trainee());
        String reference = wish.offer().value();
        if (records.knowsOffers() && offer == null) {
            findings.add(new Finding(DatasetProblem.OFFER_UNKNOWN, "offer", reference, LocalizedText.of(
                    "Aucune offre acceptée n'a la référence « " + reference + " » : vérifiez la référence, ou corrigez"
                            + " l'offre.",
                    "No accepted offer has the reference \"" + reference + "\": check the reference, or correct the"
                            + " offer.")));
        }
        if (records.knowsTrainees() && trainee == null) {
            findings.add(new Finding(DatasetProblem.TRAINEE_UNKNOWN, "trainee", wish.trainee().value(),
                    LocalizedText.of("Aucun élève accepté n'a cet identifiant : vérifiez-le, ou corrigez l'élève.",
                            "No accepted trainee has this id: check it, or correct the trainee.")));
        }
        if (offer != null && trainee != null) {
            Placement given = Placement.of(wish.trainee(), wish.offer(), offer.type());
            for (Violation violation : PlacementRules.check(new PlacementCase(given, trainee, offer), edition)) {
                boolean cohort = violation.code().equals(PlacementRules.SAME_COHORT.description().code());
                findings.add(new Finding(cohort ? DatasetProblem.WISH_COHORT_MISMATCH
                        : DatasetProblem.WISH_CORPS_NOT_ELIGIBLE, "offer", reference, violation.message()));
            }
        }
        Wishes wishes = byTrainee.get(wish.trainee().value());
        if (wishes != null) {
            Long rankLine = wishes.ranks.get(wish.rank());
            if (rankLine != null) {
                findings.add(new Finding(DatasetProblem.WISH_RANK_DUPLICATE, "rank", String.valueOf(wish.rank()),
                        LocalizedText.of("Cet élève a déjà un vœu de rang " + wish.rank() + ", ligne " + place(rankLine, files)
                                        + " : donnez à chaque vœu son propre rang.",
                                "This trainee already has a wish of rank " + wish.rank() + ", line "
                                        + place(rankLine, files) + ": give each wish its own rank.")));
            }
            Long offerLine = wishes.offers.get(reference);
            if (offerLine != null) {
                findings.add(new Finding(DatasetProblem.WISH_OFFER_DUPLICATE, "offer", reference, LocalizedText.of(
                        "Cet élève demande déjà cette offre, ligne " + place(offerLine, files)
                                + " : gardez un seul vœu pour elle.",
                        "This trainee already wishes this offer, line " + place(offerLine, files)
                                + ": keep one wish for it.")));
            }
        }
        if (findings.stream().noneMatch(Finding::isError)) {
            Wishes kept = byTrainee.computeIfAbsent(wish.trainee().value(), id -> new Wishes(fileIndex, line));
            long at = (long) fileIndex << 48 | line;
            kept.ranks.put(wish.rank(), at);
            kept.offers.put(reference, at);
        }
        return findings;
    }

    private static String place(long at, List<String> files) {
        return (at & 0xFFFF_FFFF_FFFFL) + " (" + files.get((int) (at >>> 48)) + ")";
    }

    /** The trainees whose ranks skip a number, each on the line of the trainee's first wish. */
    List<PlacementChecks.TeamFinding> finish(List<String> files) {
        List<PlacementChecks.TeamFinding> findings = new ArrayList<>();
        for (Wishes wishes : byTrainee.values()) {
            TreeSet<Integer> ranks = new TreeSet<>(wishes.ranks.keySet());
            if (ranks.last() == ranks.size()) {
                continue;
            }
            List<Integer> missing = new ArrayList<>();
            for (int rank = 1; rank < ranks.last() && missing.size() < 10; rank++) {
                if (!ranks.contains(rank)) {
                    missing.add(rank);
                }
            }
            String given = ranks.stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "))
                    + (ranks.size() > 20 ? ", …" : "");
            String gaps = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
            findings.add(new PlacementChecks.TeamFinding(files.get(wishes.file), wishes.line, new Finding(
                    DatasetProblem.WISH_RANK_GAP, "rank", given, LocalizedText.of(
                            "Les vœux de l'élève de cette ligne ont les rangs " + given + " : il manque le(s) rang(s) "
                                    + gaps + ". Vérifiez qu'aucun vœu ne manque ; le planificateur lit les rangs tels"
                                    + " qu'ils sont donnés.",
                            "The wishes of the trainee on this line have the ranks " + given + ": rank(s) " + gaps
                                    + " are missing. Check that no wish is missing; the planner reads the ranks as"
                                    + " given."))));
        }
        byTrainee.clear();
        return findings;
    }
}
