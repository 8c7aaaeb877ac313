package fr.cnfpt.inet.stages.calendar.audit;

import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * The checks of the {@link EditionAudit}: the edition's texts against themselves, and a cohort's
 * calendar (official or projected) against the edition. Each is declared once; the audit reports a
 * finding by its constant ({@link AuditFinding#definition()}).
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum AuditCheck implements AuditCode {
    /** A period spans other calendar weeks than the declared weeks. */
    CALENDAR_WEEKS_DIFFER("Une période couvre un autre nombre de semaines civiles que les semaines que déclare l'édition.",
            "A period spans a number of calendar weeks other than the weeks the edition declares.",
            "Vérifiez les dates : les semaines déclarées restent celles de l'édition.",
            "Check the dates: the declared weeks stay the edition's."),
    /** A first or last day off the workweek or on a public holiday. */
    NOT_A_WORKING_DAY("Le premier ou le dernier jour d'une période tombe hors de sa semaine de travail ou un jour férié.",
            "The first or last day of a period falls outside its workweek or on a public holiday.",
            "Vérifiez les dates du calendrier.", "Check the calendar's dates."),
    /** An internship outside the corps' training period. */
    OUTSIDE_SCHOOLING("Un stage sort de la scolarité du cadre d'emplois.",
            "An internship lies outside the corps' training period.",
            "Vérifiez les dates du stage et de la scolarité.", "Check the dates of the internship and of the schooling."),
    /** An offer deadline on or after the internship's first day. */
    DEADLINE_AFTER_START("La date limite de dépôt des offres ne précède pas le début du stage.",
            "The offer deadline is not before the internship starts.",
            "Vérifiez la date limite.", "Check the deadline."),
    /** An internship starting before the previous one ends. */
    OVERLAP_OR_ORDER("Un stage commence avant la fin du précédent.", "An internship starts before the previous one ends.",
            "Vérifiez l'ordre et les dates des stages.", "Check the order and the dates of the internships."),
    /** A French text writes a corps' name otherwise than the rest of the edition. */
    CORPS_NAME_VARIANT("Un texte écrit le nom d'un cadre d'emplois autrement que le reste de l'édition.",
            "A text writes a corps' name otherwise than the rest of the edition.",
            "Écrivez le nom comme le profil du cadre d'emplois.", "Write the name as the corps' profile does.");

    private final LocalizedText meaning;
    private final LocalizedText action;

    AuditCheck(String meaningFr, String meaningEn, String actionFr, String actionEn) {
        this.meaning = LocalizedText.of(meaningFr, meaningEn);
        this.action = LocalizedText.of(actionFr, actionEn);
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public LocalizedText meaning() {
        return meaning;
    }

    @Override
    public LocalizedText action() {
        return action;
    }
}
