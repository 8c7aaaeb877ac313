package fr.cnfpt.inet.stages.reporting.stats;

/** The kinds of records statistics are computed from. */
public enum Source {
    /** Internship offers. */
    OFFERS,
    /** Trainees. */
    TRAINEES,
    /** Placements of trainees on offers. */
    PLACEMENTS
}
