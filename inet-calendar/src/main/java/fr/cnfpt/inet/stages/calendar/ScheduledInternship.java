package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.calendar.days.WorkingDays;
import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.quantity.Weeks;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One internship of a cohort's schedule: its declared length, its dated period for the default
 * workweek, the same period for other workweeks, and the deadline for hosts to submit offers.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ScheduledInternship {

    private final InternshipType type;
    private final Corps corps;
    private final int rank;
    private final Weeks weeks;
    private final WorkweekPeriod period;
    private final List<WorkweekPeriod> variants;
    private final LocalDate offerDeadline;
    private final DateSource source;
    private final DateRange window;

    ScheduledInternship(InternshipType type, Corps corps, int rank, Weeks weeks, WorkweekPeriod period,
            List<WorkweekPeriod> variants, LocalDate offerDeadline, DateSource source) {
        this.type = Objects.requireNonNull(type, "type");
        this.corps = Objects.requireNonNull(corps, "corps");
        this.rank = rank;
        this.weeks = Objects.requireNonNull(weeks, "weeks");
        this.period = Objects.requireNonNull(period, "period");
        this.variants = List.copyOf(variants);
        this.offerDeadline = offerDeadline;
        this.source = Objects.requireNonNull(source, "source");
        this.window = window(period, this.variants);
    }

    private static DateRange window(WorkweekPeriod period, List<WorkweekPeriod> variants) {
        LocalDate start = period.period().firstDay();
        LocalDate end = period.period().lastDay();
        for (WorkweekPeriod variant : variants) {
            start = variant.period().firstDay().isBefore(start) ? variant.period().firstDay() : start;
            end = variant.period().lastDay().isAfter(end) ? variant.period().lastDay() : end;
        }
        return DateRange.ofClosed(start, end);
    }

    /** @return the internship type, not null */
    public InternshipType type() {
        return type;
    }

    /** @return the corps, not null */
    public Corps corps() {
        return corps;
    }

    /** @return the place in the schooling, 1 for the first */
    public int rank() {
        return rank;
    }

    /** @return the declared length, not null */
    public Weeks weeks() {
        return weeks;
    }

    /** @return the first and last working days for the default workweek, not null */
    public DateRange period() {
        return period.period();
    }

    /** @return the default workweek's period, with its workweek, not null */
    public WorkweekPeriod defaultPeriod() {
        return period;
    }

    /** @return the periods for hosts of other workweeks, possibly empty, not null */
    public List<WorkweekPeriod> variants() {
        return variants;
    }

    /** @return the default period followed by the variants, not null */
    public List<WorkweekPeriod> allPeriods() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(period), variants.stream()).toList();
    }

    /**
     * Returns the days the internship may take place on, whatever the host's workweek: from the
     * earliest first day to the latest last day of all its periods ("du 30 ou 31 mars au 17 ou
     * 18 avril 2026" gives 30 March to 18 April).
     *
     * @return the span of all the periods, not null
     */
    public DateRange window() {
        return window;
    }

    /** @return the last day for hosts to submit offers, empty where none is known */
    public Optional<LocalDate> offerDeadline() {
        return Optional.ofNullable(offerDeadline);
    }

    /** @return whether the dates are official or projected, not null */
    public DateSource source() {
        return source;
    }

    /**
     * Counts the calendar weeks the period touches, Monday to Sunday: "du 12 octobre au 18 décembre"
     * touches 10 weeks.
     *
     * @return the number of calendar weeks, at least 1
     */
    public long calendarWeeks() {
        return WorkingDays.calendarWeeks(period());
    }


    @Override
    public String toString() {
        return type + " " + corps + " " + period() + (offerDeadline == null ? "" : " offers by " + offerDeadline)
                + " (" + source + ")";
    }
}
