package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The time axis of the brochure's timelines, to the day: whole months, from the first day of the
 * month of the earliest date shown (an offer deadline, often before the schooling starts) to the
 * last day of the month of the latest. Positions are percentages of the axis' width, so that the
 * same markup draws the PDF's and the web page's bars. This class is immutable and thread-safe.
 */
final class TimelineScale {

    private final LocalDate start;
    private final LocalDate endExclusive;
    private final long days;

    private TimelineScale(LocalDate start, LocalDate endExclusive) {
        this.start = start;
        this.endExclusive = endExclusive;
        this.days = ChronoUnit.DAYS.between(start, endExclusive);
    }

    /**
     * Obtains the axis that shows every date given, in whole months.
     *
     * @param dates  the dates to show, not empty
     * @return the axis, not null
     */
    static TimelineScale covering(List<LocalDate> dates) {
        LocalDate earliest = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate latest = dates.stream().max(LocalDate::compareTo).orElseThrow();
        return new TimelineScale(earliest.withDayOfMonth(1), YearMonth.from(latest).plusMonths(1).atDay(1));
    }

    /** @return the position of the start of a day, in percent of the axis, from 0 to 100 */
    double position(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return 100.0 * ChronoUnit.DAYS.between(start, day) / days;
    }

    /** @return the share of the axis a range of days covers, first and last day included, in percent */
    double width(DateRange range) {
        return position(range.lastDay().plusDays(1)) - position(range.firstDay());
    }

    /** @return the months of the axis, in order */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start); month.atDay(1).isBefore(endExclusive); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** @return a month's days, as a range */
    static DateRange days(YearMonth month) {
        return DateRange.ofClosed(month.atDay(1), month.atEndOfMonth());
    }

    /** @return a percentage as CSS writes it: "12.345%" */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", Math.max(0, Math.min(100, value)));
    }
}
