package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.DatesInWords;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.calendar.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.rule.OfferRules;
import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an offer against every rule: the domain's offer rules ({@link OfferRules}), then the
 * cohort's calendar: the offer's days lie within the internship's period for each corps it is open
 * to, and it was submitted by the deadline (a warning: INET may still take it).
 */
final class OfferChecks {

    private final Edition edition;
    private final Schedules schedules;
    private final Map<CohortYear, Optional<CohortSchedule>> byCohort = new HashMap<>();
    private final Map<CohortYear, Slot[][]> slots = new HashMap<>();

    /** An internship of a corps in a cohort: its window (all its periods) and the deadline for offers. */
    private record Slot(DateRange window, Optional<LocalDate> deadline) {
    }

    /** Marks, in the cache, an internship the corps does not do. */
    private static final Slot NONE = new Slot(DateRange.ofClosed(LocalDate.MIN, LocalDate.MIN), Optional.empty());

    OfferChecks(Edition edition, Schedules schedules) {
        this.edition = edition;
        this.schedules = schedules;
    }

    List<Finding> check(Offer offer) {
        List<Violation> violations = OfferRules.check(offer, edition);
        List<Finding> findings = new ArrayList<>(violations.size() + 2);
        for (Violation violation : violations) {
            findings.add(Finding.of(violation, OfferValues.of(offer, violation.field())));
        }
        schedule(offer.cohort()).ifPresentOrElse(schedule -> calendar(offer, schedule, findings),
                () -> findings.add(new Finding("COHORT_NOT_SCHEDULED", Severity.WARNING, "cohort",
                        offer.cohort().toString(), LocalizedText.of("La promotion " + offer.cohort()
                                + " n'a pas de calendrier : les dates de l'offre ne sont pas vérifiées.",
                                "Cohort " + offer.cohort() + " has no calendar: the offer's dates are not checked."))));
        return findings;
    }

    private void calendar(Offer offer, CohortSchedule schedule, List<Finding> findings) {
        LocalDate lateFrom = null;
        List<String> lateFor = null;
        for (Corps corps : offer.corps()) {
            if (!edition.profile(corps).isPlacedByInet()) {
                continue;
            }
            Slot slot = slot(schedule, corps, offer.type());
            if (slot == NONE) {
                continue;
            }
            DateRange window = slot.window();
            offer.period().filter(p -> !window.encloses(p)).ifPresent(p -> findings.add(new Finding(
                    "PERIOD_OUTSIDE_WINDOW", Severity.ERROR, "firstDay", p.toString(), LocalizedText.of(
                            "Pour les " + corps.code() + " de la promotion " + schedule.cohort() + ", ce stage a lieu "
                                    + DatesInWords.period(window, fr()) + " ; l'offre va " + DatesInWords.period(p, fr())
                                    + " : corrigez les dates, ou laissez-les vides.",
                            "For " + corps.code() + " of cohort " + schedule.cohort() + ", this internship takes place "
                                    + "from " + DatesInWords.period(window, en()) + "; the offer runs from "
                                    + DatesInWords.period(p, en())
                                    + ": correct the dates, or leave them empty."))));
            Optional<LocalDate> deadline = slot.deadline();
            if (deadline.isPresent() && offer.submitted().isAfter(deadline.get())) {
                lateFor = lateFor == null ? new ArrayList<>() : lateFor;
                lateFor.add(corps.code());
                lateFrom = lateFrom == null || deadline.get().isBefore(lateFrom) ? deadline.get() : lateFrom;
            }
        }
        if (lateFrom != null) {
            findings.add(new Finding("OFFER_SUBMITTED_LATE", Severity.WARNING, "submitted", offer.submitted().toString(),
                    LocalizedText.of("Offre déposée le " + DatesInWords.date(offer.submitted(), fr()) + ", après la date limite du "
                            + DatesInWords.date(lateFrom, fr())
                            + " (" + String.join(", ", lateFor) + ") : l'INET la traitera si des élèves restent à placer.",
                            "Offer submitted on " + DatesInWords.date(offer.submitted(), en()) + ", after the deadline of "
                                    + DatesInWords.date(lateFrom, en()) + " ("
                                    + String.join(", ", lateFor) + "): INET will consider it if trainees remain to be"
                                    + " placed.")));
        }
    }

    /** The window and deadline of a corps' internship of a type in a cohort, or {@link #NONE}; cached. */
    private Slot slot(CohortSchedule schedule, Corps corps, InternshipType type) {
        Slot[][] table = slots.computeIfAbsent(schedule.cohort(),
                cohort -> new Slot[Corps.values().length][InternshipType.values().length]);
        Slot slot = table[corps.ordinal()][type.ordinal()];
        if (slot == null) {
            slot = schedule.of(corps).internship(type).map(i -> new Slot(window(i), i.offerDeadline())).orElse(NONE);
            table[corps.ordinal()][type.ordinal()] = slot;
        }
        return slot;
    }

    private static DateRange window(ScheduledInternship internship) {
        LocalDate start = internship.period().firstDay();
        LocalDate end = internship.period().lastDay();
        for (WorkweekPeriod variant : internship.allPeriods()) {
            start = variant.period().firstDay().isBefore(start) ? variant.period().firstDay() : start;
            end = variant.period().lastDay().isAfter(end) ? variant.period().lastDay() : end;
        }
        return DateRange.ofClosed(start, end);
    }

    private Optional<CohortSchedule> schedule(CohortYear cohort) {
        return byCohort.computeIfAbsent(cohort, year -> {
            try {
                return Optional.of(schedules.forCohort(year));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private static fr.cnfpt.inet.stages.domain.text.Language fr() {
        return fr.cnfpt.inet.stages.domain.text.Language.FR;
    }

    private static fr.cnfpt.inet.stages.domain.text.Language en() {
        return fr.cnfpt.inet.stages.domain.text.Language.EN;
    }
}
