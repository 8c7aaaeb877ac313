package fr.cnfpt.inet.stages.calendar.official;

import static fr.cnfpt.inet.stages.domain.rule.Severity.ERROR;
import static fr.cnfpt.inet.stages.domain.rule.Severity.WARNING;

import fr.cnfpt.inet.stages.domain.rule.DefinedProblem;
import fr.cnfpt.inet.stages.domain.rule.ProblemDefinition;
import fr.cnfpt.inet.stages.domain.rule.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The problems {@link OfficialCalendarReader} finds in a calendar file: its shape, its codes, its
 * dates against the edition and the working days. Each is declared once, with its code, its severity,
 * what it means and what to do, in French and English; the checks report a problem by its constant
 * ({@link CalendarProblem#definition()}), and the message of each occurrence says what is wrong there.
 * Any error refuses the file; a warning is reported and the file is used. The checks of the dates
 * ({@link #scheduleChecks()}) are also the audit's checks of a cohort's schedule: one
 * definition each, whatever the dates' source.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum CalendarFileProblem implements DefinedProblem {
    /** Not JSON, or not UTF-8. */
    NOT_JSON(ERROR, "Le fichier n'est pas du JSON lisible en UTF-8.", "The file is not readable UTF-8 JSON.",
            "Corrigez la syntaxe à la ligne et à la colonne données ; enregistrez le fichier en UTF-8.",
            "Correct the syntax at the line and column given; save the file as UTF-8."),
    /** A value that must be an object is not one. */
    NOT_AN_OBJECT(ERROR, "Le fichier, un calendrier de cadre d'emplois, un stage ou une période n'est pas un objet JSON.",
            "The file, a corps schedule, an internship or a period is not a JSON object.",
            "Écrivez-le comme un objet {…}, sous la forme que donne docs/calendar.md.",
            "Write it as an object {…}, in the form docs/calendar.md gives."),
    /** A required field is absent or of the wrong kind. */
    MISSING_FIELD(ERROR, "Un champ obligatoire manque, ou n'est pas une liste là où il en faut une.",
            "A required field is absent, or is not a list where one is needed.",
            "Ajoutez le champ (voir docs/calendar.md).", "Add the field (see docs/calendar.md)."),
    /** A field that the format does not have. */
    UNKNOWN_FIELD(ERROR, "Un champ n'est pas du format.", "A field is not of the format.",
            "Supprimez-le ou corrigez son nom : le message liste les champs attendus.",
            "Remove it or correct its name: the message lists the expected fields."),
    /** The cohort is not a valid year. */
    BAD_COHORT(ERROR, "La promotion n'est pas une année valide.", "The cohort is not a valid year.",
            "Donnez l'année où commence la scolarité, par exemple 2026.",
            "Give the year the schooling starts, such as 2026."),
    /** The corps is not a known code. */
    UNKNOWN_CORPS(ERROR, "Le cadre d'emplois n'est pas un code connu.", "The corps is not a known code.",
            "Utilisez l'un des codes que le message liste.", "Use one of the codes the message lists."),
    /** A corps has two schedules. */
    DUPLICATE_CORPS(ERROR, "Un cadre d'emplois a deux calendriers.", "A corps has two schedules.",
            "Gardez un seul calendrier par cadre d'emplois.", "Keep one schedule per corps."),
    /** Dates for a corps INET does not place. */
    CORPS_NOT_PLACED_BY_INET(ERROR, "Le fichier date les stages d'un cadre d'emplois que l'INET ne place pas"
            + " (conservateurs du patrimoine, placés par l'INP).",
            "The file dates the internships of a corps INET does not place (conservateurs du patrimoine, placed by"
                    + " the INP).",
            "Retirez sa scolarité et ses stages du fichier.", "Remove its schooling and internships from the file."),
    /** Not an existing date in the form YYYY-MM-DD. */
    BAD_DATE(ERROR, "La valeur n'est pas une date existante au format AAAA-MM-JJ.",
            "The value is not an existing date in the form YYYY-MM-DD.",
            "Écrivez une date existante au format AAAA-MM-JJ.", "Write an existing date in the form YYYY-MM-DD."),
    /** A period ends before it starts. */
    END_BEFORE_START(ERROR, "La fin d'une période précède son début.", "A period ends before it starts.",
            "Corrigez les dates.", "Correct the dates."),
    /** The internship type is not a known code. */
    UNKNOWN_TYPE(ERROR, "Le type de stage n'est pas un code connu.", "The internship type is not a known code.",
            "Utilisez l'un des codes que le message liste.", "Use one of the codes the message lists."),
    /** The corps' curriculum has no internship of that type. */
    TYPE_NOT_IN_CURRICULUM(ERROR, "Le cursus de ce cadre d'emplois n'a pas de stage de ce type dans l'édition.",
            "The corps' curriculum has no internship of this type in the edition.",
            "Retirez ce stage du calendrier de ce cadre d'emplois.", "Remove this internship from the corps' schedule."),
    /** An internship is dated twice. */
    DUPLICATE_TYPE(ERROR, "Un stage est daté deux fois pour le même cadre d'emplois.",
            "An internship is dated twice for the same corps.",
            "Gardez une seule période ; celles des autres semaines de travail vont dans « variants ».",
            "Keep one period; those of the other workweeks go in \"variants\"."),
    /** A weeks field other than the edition's. */
    WEEKS_MISMATCH(ERROR, "Le nombre de semaines écrit diffère des semaines que déclare l'édition.",
            "The weeks written differ from the weeks the edition declares.",
            "Écrivez les semaines de l'édition, ou omettez « weeks ».",
            "Write the edition's weeks, or leave \"weeks\" out."),
    /** An unknown workweek. */
    BAD_WORKWEEK(ERROR, "La semaine de travail n'est pas un code connu.", "The workweek is not a known code.",
            "Écrivez MONDAY_TO_FRIDAY ou TUESDAY_TO_SATURDAY.", "Write MONDAY_TO_FRIDAY or TUESDAY_TO_SATURDAY."),
    /** A first or last day, or a deadline, off the workweek or on a holiday. */
    NOT_A_WORKING_DAY(ERROR, "Un premier ou un dernier jour, ou une date limite, tombe hors de la semaine de travail"
            + " ou un jour férié.",
            "A first or last day, or a deadline, falls outside the workweek or on a public holiday.",
            "Choisissez un jour travaillé.", "Choose a working day."),
    /** An internship outside the corps' schooling. */
    OUTSIDE_SCHOOLING(ERROR, "Le stage sort de la scolarité du cadre d'emplois.",
            "The internship lies outside the corps' schooling.",
            "Corrigez les dates du stage ou de la scolarité.", "Correct the dates of the internship or of the schooling."),
    /** The period spans other calendar weeks than the edition declares. */
    CALENDAR_WEEKS_DIFFER(WARNING, "La période couvre un autre nombre de semaines civiles que les semaines que déclare"
            + " l'édition.",
            "The period spans a number of calendar weeks other than the weeks the edition declares.",
            "Vérifiez les dates : elles sont utilisées telles quelles, et les semaines déclarées restent celles de"
                    + " l'édition.",
            "Check the dates: they are used as they are, and the declared weeks stay the edition's."),
    /** An offer deadline on or after the internship's first day. */
    DEADLINE_AFTER_START(ERROR, "La date limite de dépôt des offres ne précède pas le début du stage.",
            "The offer deadline is not before the internship starts.",
            "Placez la date limite avant le premier jour du stage.", "Put the deadline before the internship's first day."),
    /** An internship starting before the previous one ends. */
    OVERLAP_OR_ORDER(ERROR, "Un stage commence avant la fin du précédent, dans l'ordre de l'édition.",
            "An internship starts before the previous one ends, in the edition's order.",
            "Corrigez les dates pour que les stages se suivent sans se chevaucher.",
            "Correct the dates so that the internships follow one another without overlapping.");

    private final ProblemDefinition definition;

    CalendarFileProblem(Severity severity, String meaningFr, String meaningEn, String actionFr, String actionEn) {
        this.definition = ProblemDefinition.of(name(), severity, meaningFr, meaningEn, actionFr, actionEn);
    }

    @Override
    public ProblemDefinition definition() {
        return definition;
    }

    /**
     * Lists every problem of a calendar file, in the order of the checks.
     *
     * @return the catalogue, not null
     */
    public static List<CalendarFileProblem> all() {
        return List.of(values());
    }

    /**
     * Lists the checks of a schedule's dates against the edition and the working days, which the
     * edition audit ({@code calendar.audit}) also applies to a cohort's schedule, official or projected: the weeks, the
     * working days, the schooling, the deadlines and the order of the internships.
     *
     * @return the checks, not null
     */
    public static List<CalendarFileProblem> scheduleChecks() {
        return List.of(NOT_A_WORKING_DAY, OUTSIDE_SCHOOLING, CALENDAR_WEEKS_DIFFER, DEADLINE_AFTER_START, OVERLAP_OR_ORDER);
    }

    /**
     * Finds a problem of a calendar file by its code.
     *
     * @param code  the code, not null
     * @return the definition, empty if no problem of a calendar file has this code
     */
    public static Optional<CalendarFileProblem> of(String code) {
        return all().stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
