package fr.cnfpt.inet.stages.importer.spi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of records INET imports.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum RecordKind {
    /** Internship offers sent by host organisations. */
    OFFERS,
    /** Trainees of a cohort. */
    TRAINEES,
    /** Placements of trainees on offers. */
    PLACEMENTS,
    /** Trainees' ranked wishes for offers, which the planner reads. */
    WISHES,
    /** Hosts a trainee must not be placed with (a former employer, a conflict of interest), which the planner reads. */
    EXCLUSIONS;

    /**
     * Finds a kind by name, in any case ({@code offers}).
     *
     * @param name  the name, not null
     * @return the kind, or empty if none has that name
     */
    public static Optional<RecordKind> fromName(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name.trim().toUpperCase(Locale.ROOT))).findFirst();
    }
}
