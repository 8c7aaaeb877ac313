package fr.cnfpt.inet.stages.calendar.audit;

import fr.cnfpt.inet.stages.domain.rule.ProblemDefinition;
import fr.cnfpt.inet.stages.domain.rule.Severity;

/**
 * The checks of the {@link EditionAudit} on the edition's texts, each a warning. The audit's checks
 * of a cohort's calendar are the problems of a calendar file that concern its dates
 * ({@link CalendarCheck}), defined once there; the errata are findings of
 * their own codes ({@link ErratumCode}). The audit reports a finding by its definition
 * ({@link AuditFinding#definition()}).
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum AuditCheck implements AuditCode {
    /** A French text writes a corps' name otherwise than the rest of the edition. */
    CORPS_NAME_VARIANT("Un texte écrit le nom d'un cadre d'emplois autrement que le reste de l'édition.",
            "A text writes a corps' name otherwise than the rest of the edition.",
            "Écrivez le nom comme le profil du cadre d'emplois.", "Write the name as the corps' profile does.");

    private final ProblemDefinition definition;

    AuditCheck(String meaningFr, String meaningEn, String actionFr, String actionEn) {
        this.definition = ProblemDefinition.of(name(), Severity.WARNING, meaningFr, meaningEn, actionFr, actionEn);
    }

    @Override
    public ProblemDefinition definition() {
        return definition;
    }
}
