package fr.cnfpt.inet.stages.importer.catalogue;

/**
 * The groups of the catalogue, in the order it lists them.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum CatalogueGroup {
    /** The brochure's rules on offers, placements and collective-project teams ({@code OfferRules}, {@code PlacementRules}). */
    BROCHURE,
    /** The calendar's rules on offers ({@code OfferCalendarRules}). */
    CALENDAR,
    /** The importers' data problems ({@code ProblemCode}). */
    DATA,
    /** The problems of a calendar file ({@code CalendarFileProblem}). */
    CALENDAR_FILE,
    /** The findings of the edition audit ({@code AuditCode}). */
    AUDIT
}
