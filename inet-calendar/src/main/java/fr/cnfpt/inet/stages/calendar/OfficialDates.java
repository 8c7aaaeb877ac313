package fr.cnfpt.inet.stages.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The published dates of one internship: its period for the default workweek, its periods for other
 * workweeks, and the offer deadline if one is published.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OfficialDates {

    private final WorkweekPeriod period;
    private final List<WorkweekPeriod> variants;
    private final LocalDate offerDeadline;

    private OfficialDates(WorkweekPeriod period, List<WorkweekPeriod> variants, LocalDate offerDeadline) {
        this.period = Objects.requireNonNull(period, "period");
        this.variants = List.copyOf(variants);
        this.offerDeadline = offerDeadline;
    }

    /**
     * Obtains published dates.
     *
     * @param period  the period for the default workweek, not null
     * @param variants  the periods for other workweeks, not null
     * @param offerDeadline  the offer deadline, or null where none is published
     * @return the dates, not null
     */
    public static OfficialDates of(WorkweekPeriod period, List<WorkweekPeriod> variants, LocalDate offerDeadline) {
        return new OfficialDates(period, variants, offerDeadline);
    }

    /** @return the period for the default workweek, not null */
    public WorkweekPeriod period() {
        return period;
    }

    /** @return the periods for other workweeks, not null */
    public List<WorkweekPeriod> variants() {
        return variants;
    }

    /** @return the offer deadline, empty where none is published */
    public Optional<LocalDate> offerDeadline() {
        return Optional.ofNullable(offerDeadline);
    }
}
