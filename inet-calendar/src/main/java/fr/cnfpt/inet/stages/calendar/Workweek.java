package fr.cnfpt.inet.stages.calendar;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * The days a host works. Most hosts work Monday to Friday; libraries and other public-facing hosts
 * may work Tuesday to Saturday: the brochure's "du 30 ou 31 mars au 17 ou 18 avril 2026" is the
 * same three weeks in each.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum Workweek {
    /** Monday to Friday, the default. */
    MONDAY_TO_FRIDAY(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
    /** Tuesday to Saturday, for libraries and other hosts open on Saturdays. */
    TUESDAY_TO_SATURDAY(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);

    private final DayOfWeek first;
    private final DayOfWeek last;

    Workweek(DayOfWeek first, DayOfWeek last) {
        this.first = first;
        this.last = last;
    }

    /** @return the first working day of the week, not null */
    public DayOfWeek firstDay() {
        return first;
    }

    /** @return the last working day of the week, not null */
    public DayOfWeek lastDay() {
        return last;
    }

    /**
     * Checks whether a day of the week is worked.
     *
     * @param day  the day, not null
     * @return true if hosts with this workweek work on that day
     */
    public boolean contains(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return day.getValue() >= first.getValue() && day.getValue() <= last.getValue();
    }
}
