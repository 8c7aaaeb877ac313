package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.calendar.days.WorkingDays;
import fr.cnfpt.inet.stages.calendar.days.Workweek;
import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Projects a reference cohort's dates onto another cohort, by the rules of {@code docs/calendar.md}:
 * <ol>
 * <li>an internship's nominal period runs from the first day of the host's workweek in the week of
 * its first day to the last day of the workweek in the week of its last day (Monday 25 May to
 * Friday 10 July 2026 for the thématique that starts on Tuesday 26 May);</li>
 * <li>the projected nominal start is the same weekday nearest (within 3 days) to the same calendar
 * date, shifted by the difference of cohorts; the projected nominal end keeps the reference's span,
 * so the number of weeks never changes; a period that would leave the schooling (the
 * professionnalisation ends on the last Friday of July) moves one week back inside it;</li>
 * <li>a first day that is not a working day moves to the next working day, a last day to the
 * previous one (Whit Monday 25 May 2026 gives the brochure's 26 May start);</li>
 * <li>an offer deadline is the same weekday nearest to the same calendar date, moved to the
 * previous working day if need be;</li>
 * <li>a schooling period keeps its days of the month, shifted by whole years.</li>
 * </ol>
 * Applied to the reference cohort itself, the rules give back its dates.
 */
final class Projection {

    private final CohortYear reference;
    private final PublicHolidays holidays;

    Projection(CohortYear reference, PublicHolidays holidays) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    DateRange schooling(DateRange referenceSchooling, CohortYear target) {
        int years = years(target);
        return DateRange.ofClosed(referenceSchooling.firstDay().plusYears(years), referenceSchooling.lastDay().plusYears(years));
    }

    WorkweekPeriod period(WorkweekPeriod referencePeriod, CohortYear target, DateRange schooling) {
        Workweek workweek = referencePeriod.workweek();
        LocalDate nominalStart = referencePeriod.period().firstDay().with(TemporalAdjusters.previousOrSame(workweek.firstDay()));
        LocalDate nominalEnd = referencePeriod.period().lastDay().with(TemporalAdjusters.nextOrSame(workweek.lastDay()));
        long span = ChronoUnit.DAYS.between(nominalStart, nominalEnd);
        LocalDate start = nearest(nominalStart.plusYears(years(target)), nominalStart.getDayOfWeek());
        if (start.plusDays(span).isAfter(schooling.lastDay())) {
            start = start.minusWeeks(1);
        } else if (start.isBefore(schooling.firstDay())) {
            start = start.plusWeeks(1);
        }
        WorkingDays days = WorkingDays.of(holidays, workweek);
        return new WorkweekPeriod(workweek, DateRange.ofClosed(days.onOrAfter(start), days.onOrBefore(start.plusDays(span))));
    }

    LocalDate deadline(LocalDate referenceDeadline, CohortYear target) {
        LocalDate nominal = nearest(referenceDeadline.plusYears(years(target)), referenceDeadline.getDayOfWeek());
        return WorkingDays.of(holidays, Workweek.MONDAY_TO_FRIDAY).onOrBefore(nominal);
    }

    private int years(CohortYear target) {
        return target.year() - reference.year();
    }

    /** The given weekday nearest to a date: from 3 days before to 3 days after. */
    static LocalDate nearest(LocalDate date, DayOfWeek day) {
        int ahead = Math.floorMod(day.getValue() - date.getDayOfWeek().getValue(), 7);
        return date.plusDays(ahead > 3 ? ahead - 7 : ahead);
    }
}
