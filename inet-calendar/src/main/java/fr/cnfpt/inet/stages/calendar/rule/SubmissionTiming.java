package fr.cnfpt.inet.stages.calendar.rule;

/**
 * When an offer was submitted, against the deadline for offers of one corps' internship
 * ("Dépôt des offres jusqu'au 24 novembre 2025").
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum SubmissionTiming {
    /** Submitted on or before the deadline. */
    ON_TIME,
    /** Submitted after the deadline: INET may still take the offer if trainees remain to be placed. */
    LATE,
    /** The schedule gives no deadline ("date non communiquée"), or the corps has no such internship. */
    NO_DEADLINE
}
