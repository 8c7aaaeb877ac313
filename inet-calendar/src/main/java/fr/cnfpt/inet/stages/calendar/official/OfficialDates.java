package fr.cnfpt.inet.stages.calendar.official;

import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.calendar.days.WorkingDays;
import fr.cnfpt.inet.stages.calendar.days.Workweek;
import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.internship.Internship;
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

    /**
     * Completes these dates with the periods of the internship's other host workweeks
     * ({@link Workweek#forHostsOf}), computed from the default period: the same calendar weeks
     * ({@link WorkingDays#sameWeeks}). Dates that publish variants are returned as they are. The
     * library curators' "du 30 ou 31 mars au 17 ou 18 avril 2026" is computed this way for every
     * cohort, never pasted.
     *
     * @param internship  the internship these dates are for, not null
     * @param holidays  the public holidays the other workweeks avoid, not null
     * @return the dates with every workweek's period, not null
     */
    public OfficialDates withComputedVariants(Internship internship, PublicHolidays holidays) {
        if (!variants.isEmpty()) {
            return this;
        }
        List<WorkweekPeriod> computed = Workweek.forHostsOf(internship).stream()
                .filter(workweek -> workweek != period.workweek())
                .map(workweek -> new WorkweekPeriod(workweek, WorkingDays.of(holidays, workweek).sameWeeks(period.period())))
                .toList();
        return new OfficialDates(period, computed, offerDeadline);
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
