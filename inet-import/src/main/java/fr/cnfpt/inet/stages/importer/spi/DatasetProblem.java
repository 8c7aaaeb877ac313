package fr.cnfpt.inet.stages.importer.spi;

import static fr.cnfpt.inet.stages.domain.rule.Severity.ERROR;
import static fr.cnfpt.inet.stages.domain.rule.Severity.WARNING;

import fr.cnfpt.inet.stages.domain.rule.ProblemDefinition;
import fr.cnfpt.inet.stages.domain.rule.Severity;

/**
 * The data problems across rows and files: references and ids used twice, placements naming an
 * offer or trainee not accepted, trainees INET does not place.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum DatasetProblem implements ProblemCode {
    /** An offer reference is already used. */
    DUPLICATE_REFERENCE(ERROR, "reference", "Une référence d'offre est déjà utilisée.",
            "An offer reference is already used.",
            "Donnez à chaque offre une référence unique.", "Give each offer a unique reference."),
    /** A trainee id is already used. */
    DUPLICATE_TRAINEE(ERROR, "id", "Un identifiant d'élève est déjà utilisé.",
            "A trainee id is already used.",
            "Donnez à chaque élève un identifiant unique.", "Give each trainee a unique id."),
    /** A trainee of a corps the INP places (conservateurs du patrimoine). */
    TRAINEE_PLACED_BY_INP(WARNING, "corps", "Un élève d'un cadre d'emplois que l'INP place (conservateurs du patrimoine).",
            "A trainee of a corps the INP places (conservateurs du patrimoine).",
            "Retirez l'élève du fichier : ses stages ne sont pas gérés par l'INET.", "Remove the trainee from the file: INET does not handle their internships."),
    /** A placement or a wish names an offer not accepted in the same run. */
    OFFER_UNKNOWN(ERROR, "offer", "Une affectation ou un vœu nomme une offre qui n'est pas acceptée dans la même exécution.",
            "A placement or a wish names an offer not accepted in the same run.",
            "Corrigez la référence, ou donnez le fichier des offres.", "Correct the reference, or give the offers file."),
    /** A placement, a wish or an exclusion names a trainee not accepted in the same run. */
    TRAINEE_UNKNOWN(ERROR, "trainee", "Une affectation, un vœu ou une exclusion nomme un élève qui n'est pas accepté dans la même exécution.",
            "A placement, a wish or an exclusion names a trainee not accepted in the same run.",
            "Corrigez l'identifiant, ou donnez le fichier des élèves.", "Correct the id, or give the trainees file."),
    /** A trainee is placed twice on the same internship type. */
    PLACEMENT_DUPLICATE(ERROR, "trainee", "Un élève est affecté deux fois au même type de stage.",
            "A trainee is placed twice on the same internship type.",
            "Gardez une seule affectation.", "Keep one placement."),
    /** A placement gives a team number but is not a collective project: only collective projects are done in teams. */
    PLACEMENT_TEAM_NOT_COLLECTIVE(ERROR, "team", "Une affectation donne un numéro d'équipe, mais n'est pas un projet collectif.",
            "A placement gives a team number but is not a collective project.",
            "Laissez le numéro d'équipe vide : seuls les projets collectifs se font en équipe.",
            "Leave the team number empty: only collective projects are done in teams."),
    /** A collective project's team number is above the offer's places (one place is one team). */
    PLACEMENT_TEAM_BEYOND_PLACES(ERROR, "team", "Le numéro d'équipe dépasse le nombre de places de l'offre (une place par équipe).",
            "The team number is above the offer's number of places (one place per team).",
            "Numérotez les équipes de 1 au nombre de places de l'offre, ou corrigez ses places.",
            "Number the teams from 1 to the offer's number of places, or correct its places."),
    /** A collective-project offer has placements with a team number and placements without. */
    PLACEMENT_TEAM_NUMBERS_MIXED(ERROR, "team", "Un projet collectif a des affectations avec et sans numéro d'équipe.",
            "A collective project has placements with and without a team number.",
            "Donnez un numéro d'équipe à chaque affectation de l'offre, ou à aucune (une seule équipe).",
            "Give every placement of the offer a team number, or none (a single team)."),
    /** A trainee has two wishes at the same rank. */
    WISH_RANK_DUPLICATE(ERROR, "rank", "Un élève a deux vœux au même rang.",
            "A trainee has two wishes at the same rank.",
            "Donnez à chaque vœu de l'élève un rang différent.", "Give each of the trainee's wishes its own rank."),
    /** A trainee wishes the same offer twice. */
    WISH_OFFER_DUPLICATE(ERROR, "offer", "Un élève demande deux fois la même offre.",
            "A trainee wishes the same offer twice.",
            "Gardez un seul vœu pour cette offre.", "Keep one wish for this offer."),
    /** A trainee's ranks skip a number (1, 2, 4). */
    WISH_RANK_GAP(WARNING, "rank", "Les rangs des vœux d'un élève sautent un nombre (1, 2, 4).",
            "A trainee's ranks skip a number (1, 2, 4).",
            "Vérifiez qu'aucun vœu ne manque ; sinon, numérotez les rangs sans trou.", "Check that no wish is missing; otherwise number the ranks without a gap."),
    /** A wish names an offer of another cohort than the trainee's. */
    WISH_COHORT_MISMATCH(ERROR, "offer", "Un vœu nomme une offre d'une autre promotion que celle de l'élève.",
            "A wish names an offer of another cohort than the trainee's.",
            "Corrigez la référence de l'offre, ou la promotion.", "Correct the offer's reference, or the cohort."),
    /** A wish names an offer not open to the trainee's corps. */
    WISH_CORPS_NOT_ELIGIBLE(ERROR, "offer", "Un vœu nomme une offre, ou un type de stage, qui n'est pas ouvert au cadre d'emplois de l'élève.",
            "A wish names an offer, or an internship type, not open to the trainee's corps.",
            "Retirez le vœu, ou corrigez la référence de l'offre.", "Remove the wish, or correct the offer's reference."),
    /** A trainee excludes the same host twice. */
    EXCLUSION_DUPLICATE(WARNING, "hostName", "Une structure est exclue deux fois pour le même élève.",
            "A host is excluded twice for the same trainee.",
            "Gardez une seule ligne pour cette exclusion.", "Keep one row for this exclusion.");

    private final ProblemDefinition definition;
    private final String field;

    DatasetProblem(Severity severity, String field, String meaningFr, String meaningEn, String actionFr,
            String actionEn) {
        this.definition = ProblemDefinition.of(name(), severity, meaningFr, meaningEn, actionFr, actionEn);
        this.field = field;
    }

    /**
     * Returns the field the problem concerns.
     *
     * @return the record's field, such as {@code reference}, not null
     */
    public String field() {
        return field;
    }

    @Override
    public ProblemDefinition definition() {
        return definition;
    }
}
