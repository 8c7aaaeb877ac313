package fr.cnfpt.inet.stages.calendar.rule;

import static fr.cnfpt.inet.stages.domain.rule.Severity.ERROR;
import static fr.cnfpt.inet.stages.domain.rule.Severity.WARNING;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.DatesInWords;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.rule.RuleCode;
import fr.cnfpt.inet.stages.domain.rule.RuleDescription;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendar's rules on offers, each a named {@link OfferCalendarRule}: an offer's days lie within
 * the internship's period, and it is submitted by the deadline for offers. {@link #all()} lists them
 * and {@link #check(Offer, CohortSchedule)} applies them all, returning every violation, as
 * {@link fr.cnfpt.inet.stages.domain.rule.OfferRules#check} does for the brochure's rules.
 * <p>
 * Whether an offer is late for a corps is decided by {@link #timing(Offer, Corps, CohortSchedule)}
 * alone; the import's checks and the statistics both ask it. A corps that has no internship of the
 * offer's type in the schedule (the conservateurs du patrimoine, placed by the INP, have none) is
 * not checked here: the brochure's rules report it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OfferCalendarRules {

    /** The offer's days lie within the internship's period for each corps it is open to. */
    public static final OfferCalendarRule PERIOD_WITHIN_WINDOW = new Described(new RuleDescription(
            RuleCode.of("PERIOD_OUTSIDE_WINDOW"), ERROR, "firstDay",
            LocalizedText.of("Les jours d'une offre se situent dans la période du stage, pour chaque cadre d'emplois"
                            + " auquel elle est ouverte.",
                    "An offer's days lie within the internship's period, for each corps it is open to."),
            "Durée et période",
            "The brochure gives each internship's period per corps under \"Durée et période\"; every period counts,"
                    + " whatever the host's workweek: for the library curators' observation, \"du 30 ou 31 mars au 17"
                    + " ou 18 avril 2026\" is 30 March to 18 April."),
            (offer, schedule) -> {
                List<Violation> violations = new ArrayList<>(0);
                for (Corps corps : offer.corps()) {
                    Optional<ScheduledInternship> internship = schedule.internship(corps, offer.type());
                    if (internship.isEmpty() || offer.period().isEmpty()
                            || internship.get().window().encloses(offer.period().get())) {
                        continue;
                    }
                    DateRange window = internship.get().window();
                    DateRange days = offer.period().get();
                    violations.add(OfferCalendarRules.PERIOD_WITHIN_WINDOW.description().violation(
                            "Pour les " + corps.code() + " de la promotion " + schedule.cohort() + ", ce stage a lieu "
                                    + DatesInWords.period(window, Language.FR) + " ; l'offre va "
                                    + DatesInWords.period(days, Language.FR) + " : corrigez les dates, ou laissez-les vides.",
                            "For " + corps.code() + " of cohort " + schedule.cohort() + ", this internship takes place "
                                    + DatesInWords.period(window, Language.EN) + "; the offer runs "
                                    + DatesInWords.period(days, Language.EN)
                                    + ": correct the dates, or leave them empty."));
                }
                return violations;
            });

    /**
     * An offer is submitted by the deadline of each corps it is open to; a late offer is reported
     * once, with the earliest deadline passed and the corps concerned.
     */
    public static final OfferCalendarRule SUBMITTED_BY_DEADLINE = new Described(new RuleDescription(
            RuleCode.of("OFFER_SUBMITTED_LATE"), WARNING, "submitted",
            LocalizedText.of("Une offre est déposée au plus tard à la date limite de dépôt des offres du stage.",
                    "An offer is submitted by the internship's deadline for offers."),
            "Dépôt des offres jusqu'au 24 novembre 2025",
            "A warning, not an error: INET may still take a late offer if trainees remain to be placed. An"
                    + " internship whose deadline is not given (\"date non communiquée\") has no late offers."),
            (offer, schedule) -> {
                LocalDate earliest = null;
                List<String> lateFor = new ArrayList<>(0);
                for (Corps corps : offer.corps()) {
                    if (timing(offer, corps, schedule) == SubmissionTiming.LATE) {
                        LocalDate deadline = schedule.internship(corps, offer.type())
                                .flatMap(ScheduledInternship::offerDeadline).orElseThrow();
                        earliest = earliest == null || deadline.isBefore(earliest) ? deadline : earliest;
                        lateFor.add(corps.code());
                    }
                }
                if (earliest == null) {
                    return List.of();
                }
                String corps = String.join(", ", lateFor);
                return List.of(OfferCalendarRules.SUBMITTED_BY_DEADLINE.description().violation(
                        "Offre déposée le " + DatesInWords.date(offer.submitted(), Language.FR)
                                + ", après la date limite du " + DatesInWords.date(earliest, Language.FR) + " (" + corps
                                + ") : l'INET la traitera si des élèves restent à placer.",
                        "Offer submitted on " + DatesInWords.date(offer.submitted(), Language.EN)
                                + ", after the deadline of " + DatesInWords.date(earliest, Language.EN) + " (" + corps
                                + "): INET will consider it if trainees remain to be placed."));
            });

    /** An offer's cohort has a schedule, so that its dates can be checked (see {@link #cohortNotScheduled}). */
    public static final RuleDescription COHORT_SCHEDULED = new RuleDescription(
            RuleCode.of("COHORT_NOT_SCHEDULED"), WARNING, "cohort",
            LocalizedText.of("La promotion d'une offre a un calendrier, pour que ses dates puissent être vérifiées.",
                    "An offer's cohort has a calendar, so that its dates can be checked."),
            "(calendrier de la promotion)",
            "Not a sentence of the brochure: without a schedule of the cohort, the calendar's rules cannot be"
                    + " applied, and a warning says so.");

    private static final List<OfferCalendarRule> ALL = List.of(PERIOD_WITHIN_WINDOW, SUBMITTED_BY_DEADLINE);

    private OfferCalendarRules() {
    }

    /**
     * Lists every rule checked against a cohort's schedule.
     *
     * @return the rules, not null
     */
    public static List<OfferCalendarRule> all() {
        return ALL;
    }

    /**
     * Describes every calendar rule on offers: those of {@link #all()}, then {@link #COHORT_SCHEDULED}.
     *
     * @return the descriptions, not null
     */
    public static List<RuleDescription> descriptions() {
        return List.of(PERIOD_WITHIN_WINDOW.description(), SUBMITTED_BY_DEADLINE.description(), COHORT_SCHEDULED);
    }

    /**
     * Applies every rule to an offer.
     *
     * @param offer  the offer, not null
     * @param schedule  the schedule of the offer's cohort, not null
     * @return all the violations, errors and warnings, in rule order, not null
     * @throws IllegalArgumentException if the schedule is not of the offer's cohort
     */
    public static List<Violation> check(Offer offer, CohortSchedule schedule) {
        List<Violation> violations = new ArrayList<>(0);
        for (OfferCalendarRule rule : ALL) {
            violations.addAll(rule.check(offer, schedule));
        }
        return List.copyOf(violations);
    }

    /**
     * Applies every rule to an offer, with its cohort's schedule computed from the schedules; an
     * offer whose cohort they cannot date gets the one warning {@link #cohortNotScheduled}.
     * Computing a schedule takes time: to check many offers, compute each cohort's schedule once and
     * call {@link #check(Offer, CohortSchedule)}.
     *
     * @param offer  the offer, not null
     * @param schedules  the schedules, official or projected, not null
     * @return all the violations, not null
     */
    public static List<Violation> check(Offer offer, Schedules schedules) {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(schedules, "schedules");
        CohortSchedule schedule;
        try {
            schedule = schedules.forCohort(offer.cohort());
        } catch (IllegalArgumentException e) {
            return List.of(cohortNotScheduled(offer.cohort()));
        }
        return check(offer, schedule);
    }

    /**
     * Says that an offer's dates are not checked because its cohort has no schedule.
     *
     * @param cohort  the offer's cohort, not null
     * @return the warning {@code COHORT_NOT_SCHEDULED}, not null
     */
    public static Violation cohortNotScheduled(CohortYear cohort) {
        Objects.requireNonNull(cohort, "cohort");
        return COHORT_SCHEDULED.violation(
                "La promotion " + cohort + " n'a pas de calendrier : les dates de l'offre ne sont pas vérifiées.",
                "Cohort " + cohort + " has no calendar: the offer's dates are not checked.");
    }

    /**
     * Tells whether an offer was submitted on time for one corps: the one place where "late" is decided.
     *
     * @param offer  the offer, not null
     * @param corps  the corps, one the offer is open to or not, not null
     * @param schedule  the schedule of the offer's cohort, not null
     * @return late if submitted after the deadline of the corps' internship of the offer's type, on
     *     time if on or before it, no deadline if the schedule gives none, not null
     * @throws IllegalArgumentException if the schedule is not of the offer's cohort
     */
    public static SubmissionTiming timing(Offer offer, Corps corps, CohortSchedule schedule) {
        requireSameCohort(offer, schedule);
        Objects.requireNonNull(corps, "corps");
        Optional<LocalDate> deadline = schedule.internship(corps, offer.type()).flatMap(ScheduledInternship::offerDeadline);
        if (deadline.isEmpty()) {
            return SubmissionTiming.NO_DEADLINE;
        }
        return offer.submitted().isAfter(deadline.get()) ? SubmissionTiming.LATE : SubmissionTiming.ON_TIME;
    }

    static void requireSameCohort(Offer offer, CohortSchedule schedule) {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(schedule, "schedule");
        if (!offer.cohort().equals(schedule.cohort())) {
            throw new IllegalArgumentException("the offer is of cohort " + offer.cohort() + ", the schedule of cohort "
                    + schedule.cohort());
        }
    }

    /** A rule made of its description and a check function. */
    private record Described(RuleDescription description, Check check) implements OfferCalendarRule {

        @FunctionalInterface
        private interface Check {
            List<Violation> check(Offer offer, CohortSchedule schedule);
        }

        @Override
        public List<Violation> check(Offer offer, CohortSchedule schedule) {
            requireSameCohort(offer, schedule);
            return List.copyOf(check.check(offer, schedule));
        }

        @Override
        public String toString() {
            return "Rule " + description.code();
        }
    }
}
