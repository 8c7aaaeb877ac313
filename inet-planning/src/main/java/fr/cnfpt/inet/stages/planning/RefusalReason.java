package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * Why a trainee did not get a wish better than what they got.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum RefusalReason {

    /** The offer breaks a placement rule for the trainee (type, corps, cohort): see the violations. */
    RULES(LocalizedText.of("l'offre n'est pas ouverte à l'élève selon les règles de placement",
            "the offer is not open to the trainee under the placement rules")),

    /** The offer's host already had the trainee (an earlier placement). */
    HISTORY(LocalizedText.of("la structure d'accueil a déjà accueilli l'élève lors d'un stage précédent",
            "the host already had the trainee in an earlier internship")),

    /** The offer's host is excluded for the trainee. */
    EXCLUSION(LocalizedText.of("la structure d'accueil est exclue pour l'élève",
            "the host is excluded for the trainee")),

    /** The trainee's own placement was pinned by the coordinator. */
    PINNED(LocalizedText.of("le placement de l'élève a été fixé par la coordination",
            "the trainee's placement was fixed by the coordinator")),

    /** Every place of the offer is taken by placements the coordinator pinned. */
    OFFER_PINNED_FULL(LocalizedText.of("toutes les places de l'offre sont prises par des placements fixés par la coordination",
            "every place of the offer is taken by placements the coordinator fixed")),

    /** Collective project: no full team mixing corps can be formed on the offer with the trainee and the pins kept. */
    NO_FULL_TEAM(LocalizedText.of("aucune équipe complète et pluridisciplinaire ne peut être formée sur ce projet avec"
            + " l'élève en gardant les placements fixés",
            "no full team mixing corps can be formed on this project with the trainee while keeping the fixed placements")),

    /** The offer is full, and giving it to the trainee would have made the plan worse for the others. */
    COSTS_OTHERS(LocalizedText.of("l'offre est complète, et la donner à l'élève aurait dégradé le plan des autres élèves",
            "the offer is full, and giving it to the trainee would have made the plan worse for the other trainees")),

    /** Giving the wish would have been as good; the published tie-breaking rule chose another plan. */
    TIE(LocalizedText.of("la donner à l'élève aurait été aussi bon pour l'objectif ; la règle publiée de départage des"
                    + " égalités a retenu un autre plan",
            "giving it to the trainee would have been as good for the objective; the published tie-breaking rule chose"
                    + " another plan"));

    private final LocalizedText text;

    RefusalReason(LocalizedText text) {
        this.text = text;
    }

    /**
     * Returns the reason in French and English, as a clause.
     *
     * @return the text, not null
     */
    public LocalizedText text() {
        return text;
    }
}
