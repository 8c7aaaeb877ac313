package fr.cnfpt.inet.stages.domain.rule;

/**
 * How serious a violation is. An error makes the record unacceptable; a warning is reported but
 * the record is kept. Rules the brochure implies without stating them are warnings.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum Severity {
    /** The record breaks a rule the brochure states. */
    ERROR,
    /** The record is doubtful: it breaks a rule the brochure implies, or needs a justification. */
    WARNING
}
