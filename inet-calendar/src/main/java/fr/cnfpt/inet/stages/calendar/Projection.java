package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Projects a reference cohort's dates onto another cohort, by the rules of {@code docs/calendar.md}:
 * <ol>
 * <li>an internship keeps the ISO weeks of the reference: it starts on the first day of the host's
 * workweek in the same ISO week (of the week-based year shifted by the difference of cohorts) and
 * ends on the last day of the workweek in the same ISO week as the reference's last day;</li>
 * <li>a first day that is not a working day moves to the next working day, a last day to the
 * previous one (Whit Monday 25 May 2026 gives the 26 May start of the brochure);</li>
 * <li>an offer deadline keeps its ISO week and weekday, and moves to the previous working day;</li>
 * <li>a schooling period keeps its days of the month (1 February to 31 July), shifted by whole years;</li>
 * <li>week 53 of a reference year becomes the last week of a target year that has only 52.</li>
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
        int years = target.year() - reference.year();
        return DateRange.ofClosed(referenceSchooling.firstDay().plusYears(years), referenceSchooling.lastDay().plusYears(years));
    }

    WorkweekPeriod period(WorkweekPeriod referencePeriod, CohortYear target) {
        Workweek workweek = referencePeriod.workweek();
        WorkingDays days = WorkingDays.of(holidays, workweek);
        LocalDate first = days.onOrAfter(sameWeek(referencePeriod.period().firstDay(), workweek.firstDay(), target));
        LocalDate last = days.onOrBefore(sameWeek(referencePeriod.period().lastDay(), workweek.lastDay(), target));
        return new WorkweekPeriod(workweek, DateRange.ofClosed(first, last));
    }

    LocalDate deadline(LocalDate referenceDeadline, CohortYear target) {
        return WorkingDays.of(holidays, Workweek.MONDAY_TO_FRIDAY)
                .onOrBefore(sameWeek(referenceDeadline, referenceDeadline.getDayOfWeek(), target));
    }

    /** The given weekday of the same ISO week as {@code date}, in the week-based year shifted to the target cohort. */
    private LocalDate sameWeek(LocalDate date, DayOfWeek day, CohortYear target) {
        int weekBasedYear = date.get(IsoFields.WEEK_BASED_YEAR) + target.year() - reference.year();
        int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        LocalDate anyDayOfYear = LocalDate.of(weekBasedYear, 6, 1);
        int weeksInYear = (int) anyDayOfYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        return anyDayOfYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, weeksInYear))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(day));
    }
}
