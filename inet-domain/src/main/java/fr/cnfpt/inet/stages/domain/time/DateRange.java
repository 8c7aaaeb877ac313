package fr.cnfpt.inet.stages.domain.time;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A closed range of dates, from a first day to a last day, both included: the way the brochure
 * states periods ("du 30 mars au 24 avril 2026").
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param firstDay  the first day, included, not null
 * @param lastDay  the last day, included, not before the first day, not null
 */
public record DateRange(LocalDate firstDay, LocalDate lastDay) {

    /**
     * Creates a range, checking that the last day is not before the first.
     *
     * @param firstDay  the first day, included, not null
     * @param lastDay  the last day, included, not null
     */
    public DateRange {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new DomainException("the last day " + lastDay + " is before the first day " + firstDay);
        }
    }

    /**
     * Obtains a range from its first and last days, both included.
     *
     * @param firstDay  the first day, included, not null
     * @param lastDay  the last day, included, not before the first day, not null
     * @return the range, not null
     */
    public static DateRange ofClosed(LocalDate firstDay, LocalDate lastDay) {
        return new DateRange(firstDay, lastDay);
    }

    /**
     * Parses a range written {@code first/last} in ISO dates, as {@link #toString()} writes it.
     *
     * @param text  the text, such as {@code "2026-03-30/2026-04-24"}, not null
     * @return the range, not null
     * @throws DomainException if the text is not a range
     */
    public static DateRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.toString().split("/", -1);
        DomainException.require(parts.length == 2, "a date range is written first/last: " + text);
        try {
            return ofClosed(LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new DomainException("a date range is written with ISO dates, first/last: " + text);
        }
    }

    /**
     * Checks whether a date lies in this range.
     *
     * @param date  the date, not null
     * @return true if the date is between the first and last days, both included
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /**
     * Checks whether another range lies entirely in this one.
     *
     * @param other  the other range, not null
     * @return true if both of the other's ends lie in this range
     */
    public boolean encloses(DateRange other) {
        return contains(other.firstDay) && contains(other.lastDay);
    }

    /**
     * Checks whether this range and another share at least one day.
     *
     * @param other  the other range, not null
     * @return true if they share a day
     */
    public boolean overlaps(DateRange other) {
        return !other.lastDay.isBefore(firstDay) && !other.firstDay.isAfter(lastDay);
    }

    /**
     * Returns the number of days in the range, both ends included.
     *
     * @return the number of days, at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    /**
     * Returns the days of the range in order.
     *
     * @return the days, from the first to the last, not null
     */
    public Stream<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1));
    }

    /**
     * Returns the range as {@code first/last} in ISO dates, which {@link #parse(CharSequence)} reads.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return firstDay + "/" + lastDay;
    }
}
