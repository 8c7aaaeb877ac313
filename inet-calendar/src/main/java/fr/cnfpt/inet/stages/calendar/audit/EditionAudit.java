package fr.cnfpt.inet.stages.calendar.audit;

import fr.cnfpt.inet.stages.calendar.CorpsSchedule;
import fr.cnfpt.inet.stages.calendar.DatesInWords;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.calendar.days.WorkingDays;
import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.Erratum;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an edition's texts and a cohort's calendar against each other and lists every
 * inconsistency with where it is: the errata of the edition's sources and the variants of a corps'
 * name (the same for every cohort), then periods whose calendar weeks
 * differ from the declared weeks, dates off working days or outside the schooling, internships out of
 * order, deadlines after the internship starts. A finding shared by several corps (the collective
 * project's period) is reported once, naming them all.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EditionAudit {

    private final Edition edition;
    private final Schedules schedules;

    private EditionAudit(Edition edition, Schedules schedules) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
    }

    /**
     * Obtains an audit of an edition and its schedules.
     *
     * @param edition  the edition, not null
     * @param schedules  the schedules of that edition, not null
     * @return the audit, not null
     */
    public static EditionAudit of(Edition edition, Schedules schedules) {
        return new EditionAudit(edition, schedules);
    }

    /**
     * Audits a cohort: first the findings of the edition's texts, which are the same whatever the
     * cohort (the errata of its sources, the variants of a corps' name), then the cohort's calendar,
     * checked the same way whether its dates are official or projected.
     *
     * @param cohort  the cohort, not null
     * @return the findings, empty if everything agrees, not null
     */
    public List<AuditFinding> audit(CohortYear cohort) {
        Objects.requireNonNull(cohort, "cohort");
        List<AuditFinding> findings = new ArrayList<>(textFindings());
        findings.addAll(calendarFindings(cohort));
        return List.copyOf(findings);
    }

    /**
     * Lists the findings of the edition's texts: each erratum of its sources (what the source says
     * and what the edition prints instead), then every French text that writes a corps' name
     * otherwise than the rest of the edition. They do not depend on the cohort: a cohort whose dates
     * are projected is printed with the same texts.
     *
     * @return the findings, not null
     */
    public List<AuditFinding> textFindings() {
        List<AuditFinding> findings = new ArrayList<>();
        for (Erratum erratum : edition.errata()) {
            findings.add(new AuditFinding(ErratumCode.of(erratum), erratum.location(), LocalizedText.of(
                    "la brochure " + edition.label() + " dit « " + erratum.published() + " » ; l'édition retient : "
                            + erratum.retained().fr(),
                    "the " + edition.label() + " brochure says \"" + erratum.published() + "\"; the edition keeps: "
                            + erratum.retained().en())));
        }
        findings.addAll(CorpsNameVariants.in(edition));
        return List.copyOf(findings);
    }

    private List<AuditFinding> calendarFindings(CohortYear cohort) {
        List<AuditFinding> findings = new ArrayList<>();
        Map<String, Set<Corps>> grouped = new LinkedHashMap<>();
        Map<String, AuditFinding> byKey = new LinkedHashMap<>();
        for (CorpsSchedule corps : schedules.forCohort(cohort).schedules()) {
            checkCorps(corps, (key, finding) -> {
                grouped.computeIfAbsent(key, k -> new TreeSet<>()).add(corps.corps());
                byKey.putIfAbsent(key, finding);
            });
        }
        byKey.forEach((key, finding) -> {
            String corps = String.join(", ", grouped.get(key).stream().map(Corps::code).toList());
            findings.add(new AuditFinding(finding.definition(), LocalizedText.of(finding.location().fr() + " (" + corps + ")",
                    finding.location().en() + " (" + corps + ")"), finding.message()));
        });
        return findings;
    }

    /** Receives the findings of one corps, keyed so that the same finding for several corps is reported once. */
    @FunctionalInterface
    private interface Sink {
        void add(String key, AuditFinding finding);
    }

    private void checkCorps(CorpsSchedule corps, Sink sink) {
        ScheduledInternship previous = null;
        for (ScheduledInternship internship : corps.internships()) {
            String where = internship.type() + " " + internship.period();
            LocalizedText location = LocalizedText.of(
                    name(internship, true) + ", " + DatesInWords.period(internship.period(), Language.FR),
                    name(internship, false) + ", " + DatesInWords.period(internship.period(), Language.EN));
            long weeks = internship.calendarWeeks();
            if (weeks != internship.weeks().value()) {
                sink.add(where + " weeks", new AuditFinding(CalendarCheck.of(CalendarFileProblem.CALENDAR_WEEKS_DIFFER), location, LocalizedText.of(
                        internship.weeks().value() + " semaines déclarées, mais la période "
                                + DatesInWords.period(internship.period(), Language.FR) + " couvre " + weeks + " semaines civiles",
                        internship.weeks().value() + " declared weeks, but the period "
                                + DatesInWords.period(internship.period(), Language.EN) + " spans " + weeks + " calendar weeks")));
            }
            for (WorkweekPeriod period : internship.allPeriods()) {
                WorkingDays days = WorkingDays.of(schedules.holidays(), period.workweek());
                for (LocalDate day : List.of(period.period().firstDay(), period.period().lastDay())) {
                    if (!days.isWorkingDay(day)) {
                        sink.add(where + " " + day, new AuditFinding(CalendarCheck.of(CalendarFileProblem.NOT_A_WORKING_DAY), location, LocalizedText.of(
                                DatesInWords.date(day, Language.FR) + " n'est pas un jour travaillé (" + period.workweek() + ")",
                                DatesInWords.date(day, Language.EN) + " is not a working day (" + period.workweek() + ")")));
                    }
                }
                corps.schooling().filter(s -> !s.encloses(period.period())).ifPresent(s -> sink.add(where + " schooling",
                        new AuditFinding(CalendarCheck.of(CalendarFileProblem.OUTSIDE_SCHOOLING), location, LocalizedText.of(
                                "le stage sort de la scolarité (" + DatesInWords.period(s, Language.FR) + ")",
                                "the internship lies outside the training period (" + DatesInWords.period(s, Language.EN) + ")"))));
            }
            internship.offerDeadline().filter(d -> !d.isBefore(internship.period().firstDay())).ifPresent(d -> sink.add(
                    where + " deadline", new AuditFinding(CalendarCheck.of(CalendarFileProblem.DEADLINE_AFTER_START), location, LocalizedText.of(
                            "la date limite de dépôt des offres (" + DatesInWords.date(d, Language.FR) + ") ne précède pas le début du stage",
                            "the offer deadline (" + DatesInWords.date(d, Language.EN) + ") is not before the internship starts"))));
            if (previous != null && !previous.period().lastDay().isBefore(internship.period().firstDay())) {
                sink.add(where + " order", new AuditFinding(CalendarCheck.of(CalendarFileProblem.OVERLAP_OR_ORDER), location, LocalizedText.of(
                        "commence avant la fin du stage précédent (" + name(previous, true) + ", "
                                + DatesInWords.period(previous.period(), Language.FR) + ")",
                        "starts before the previous internship ends (" + name(previous, false) + ", "
                                + DatesInWords.period(previous.period(), Language.EN) + ")")));
            }
            previous = internship;
        }
    }

    private String name(ScheduledInternship internship, boolean french) {
        return edition.catalogue().definition(internship.type())
                .map(d -> french ? d.name().fr() : d.name().en()).orElse(internship.type().code());
    }
}
