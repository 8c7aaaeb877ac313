package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * An inconsistency the edition audit found: between the edition's texts, or between its texts and
 * its calendar.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the stable code, such as {@code CALENDAR_WEEKS_DIFFER} or an erratum's code, not null
 * @param location  where it is, not null
 * @param message  what is inconsistent and what the library retains, not null
 */
public record AuditFinding(String code, LocalizedText location, LocalizedText message) {

    /**
     * Creates a finding.
     *
     * @param code  the code, not null
     * @param location  where it is, not null
     * @param message  what is inconsistent, not null
     */
    public AuditFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}
