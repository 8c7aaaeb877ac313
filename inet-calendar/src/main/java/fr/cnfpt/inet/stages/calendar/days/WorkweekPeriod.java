package fr.cnfpt.inet.stages.calendar.days;

import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.util.Objects;

/**
 * An internship's dates for hosts of one workweek: "du 31 mars au 18 avril 2026" for a library
 * working Tuesday to Saturday.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param workweek  the hosts' workweek, not null
 * @param period  the first and last working days, not null
 */
public record WorkweekPeriod(Workweek workweek, DateRange period) {

    /**
     * Creates a period.
     *
     * @param workweek  the workweek, not null
     * @param period  the dates, not null
     */
    public WorkweekPeriod {
        Objects.requireNonNull(workweek, "workweek");
        Objects.requireNonNull(period, "period");
    }
}
