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
    /** A placement names an offer not accepted in the same run. */
    OFFER_UNKNOWN(ERROR, "offer", "Une affectation nomme une offre qui n'est pas acceptée dans la même exécution.",
            "A placement names an offer not accepted in the same run.",
            "Corrigez la référence, ou donnez le fichier des offres.", "Correct the reference, or give the offers file."),
    /** A placement names a trainee not accepted in the same run. */
    TRAINEE_UNKNOWN(ERROR, "trainee", "Une affectation nomme un élève qui n'est pas accepté dans la même exécution.",
            "A placement names a trainee not accepted in the same run.",
            "Corrigez l'identifiant, ou donnez le fichier des élèves.", "Correct the id, or give the trainees file."),
    /** A trainee is placed twice on the same internship type. */
    PLACEMENT_DUPLICATE(ERROR, "trainee", "Un élève est affecté deux fois au même type de stage.",
            "A trainee is placed twice on the same internship type.",
            "Gardez une seule affectation.", "Keep one placement.");

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
