package fr.cnfpt.inet.stages.calendar;

/**
 * Where an offer deadline stands on a given day.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum DeadlineStatus {
    /** The deadline is before the day. */
    PASSED,
    /** The deadline is the day itself or within the next {@value OfferDeadlines#DUE_SOON_DAYS} days. */
    DUE_SOON,
    /** The deadline is further away. */
    OPEN
}
