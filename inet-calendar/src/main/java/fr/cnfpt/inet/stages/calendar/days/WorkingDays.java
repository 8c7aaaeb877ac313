package fr.cnfpt.inet.stages.calendar.days;

import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Working days of a host: the days of its {@link Workweek} that are not public holidays.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class WorkingDays {

    private final PublicHolidays holidays;
    private final Workweek workweek;

    private WorkingDays(PublicHolidays holidays, Workweek workweek) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.workweek = Objects.requireNonNull(workweek, "workweek");
    }

    /**
     * Obtains the working days of a host.
     *
     * @param holidays  the public holidays where the host is, not null
     * @param workweek  the days the host works, not null
     * @return the working days, not null
     */
    public static WorkingDays of(PublicHolidays holidays, Workweek workweek) {
        return new WorkingDays(holidays, workweek);
    }

    /** @return the public holidays, not null */
    public PublicHolidays holidays() {
        return holidays;
    }

    /** @return the workweek, not null */
    public Workweek workweek() {
        return workweek;
    }

    /**
     * Checks whether a date is a working day.
     *
     * @param date  the date, not null
     * @return true if the date is in the workweek and not a public holiday
     */
    public boolean isWorkingDay(LocalDate date) {
        return workweek.contains(date.getDayOfWeek()) && !holidays.isHoliday(date);
    }

    /**
     * Returns the first working day on or after a date: an internship whose first day is a holiday
     * starts on the next working day (26 May 2026, after Whit Monday).
     *
     * @param date  the date, not null
     * @return the working day, not null
     */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = Objects.requireNonNull(date, "date");
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Returns the last working day on or before a date.
     *
     * @param date  the date, not null
     * @return the working day, not null
     */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = Objects.requireNonNull(date, "date");
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * Returns the same calendar weeks as a period, worked in this workweek: from the first working
     * day of the week of the period's first day to the last working day of the week of its last day.
     * Monday 30 March to Friday 17 April 2026, worked Tuesday to Saturday, is Tuesday 31 March to
     * Saturday 18 April 2026, the brochure's "du 30 ou 31 mars au 17 ou 18 avril 2026"; Tuesday
     * 30 March (after Easter Monday) to Friday 16 April 2027 is Tuesday 30 March to Saturday 17 April.
     *
     * @param period  the period in another workweek, not null
     * @return the period in this workweek, not null
     */
    public DateRange sameWeeks(DateRange period) {
        Objects.requireNonNull(period, "period");
        LocalDate firstMonday = period.firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = period.lastDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return DateRange.ofClosed(onOrAfter(firstMonday.with(TemporalAdjusters.nextOrSame(workweek.firstDay()))),
                onOrBefore(lastMonday.with(TemporalAdjusters.nextOrSame(workweek.lastDay()))));
    }

    /**
     * Counts the calendar weeks, Monday to Sunday, that a period touches: 30 March to 24 April 2026
     * touches 4, 1 to 19 June 2026 touches 3, and a Friday to the next Monday touches 2.
     *
     * @param range  the period, not null
     * @return the number of calendar weeks, at least 1
     */
    public static long calendarWeeks(DateRange range) {
        LocalDate firstMonday = range.firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = range.lastDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.WEEKS.between(firstMonday, lastMonday) + 1;
    }
}
