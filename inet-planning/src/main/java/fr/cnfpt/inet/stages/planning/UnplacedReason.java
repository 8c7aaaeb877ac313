package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * Why a trainee is left without a placement, checked in this order.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum UnplacedReason {

    /** No offer passes the placement rules for the trainee (type, corps, cohort). */
    NO_ELIGIBLE_OFFER(LocalizedText.of(
            "Aucune offre de ce type et de cette promotion n'est ouverte au cadre d'emplois de l'élève.",
            "No offer of this type and cohort is open to the trainee's corps.")),

    /** Offers pass the rules, but each is with a host of the trainee's history or excluded for the trainee. */
    ALL_ELIGIBLE_OFFERS_EXCLUDED(LocalizedText.of(
            "Chaque offre ouverte à l'élève est chez une structure qui l'a déjà accueilli ou qui est exclue pour lui.",
            "Every offer open to the trainee is with a host that already had the trainee or is excluded for the trainee.")),

    /** The offers the trainee could take have no free place: taking one would leave another trainee unplaced. */
    NO_FREE_PLACE(LocalizedText.of(
            "Les offres possibles pour l'élève n'ont plus de place libre : en donner une à l'élève laisserait un autre"
                    + " élève sans stage.",
            "The offers the trainee could take have no free place left: giving the trainee one would leave another"
                    + " trainee without an internship.")),

    /**
     * Collective project: offers the trainee could take have a team free, but the trainees left to place are too
     * few to fill a team of the edition's size, or filling it would leave others unplaced.
     */
    NO_COMPLETE_TEAM(LocalizedText.of(
            "Des projets collectifs possibles pour l'élève ont encore une équipe libre, mais les élèves restant à"
                    + " placer ne suffisent pas à former une équipe complète.",
            "Collective projects the trainee could take still have a team free, but the trainees left to place are"
                    + " too few to form a full team."));

    private final LocalizedText text;

    UnplacedReason(LocalizedText text) {
        this.text = text;
    }

    /**
     * Returns the reason in French and English.
     *
     * @return the text, not null
     */
    public LocalizedText text() {
        return text;
    }
}
