package fr.cnfpt.inet.stages.calendar;

/**
 * Where a schedule's dates come from.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum DateSource {
    /** Published in the edition's official calendar (or a calendar file supplied by the user). */
    OFFICIAL,
    /** Projected from the reference calendar by the rules of {@code docs/calendar.md}. */
    PROJECTED
}
