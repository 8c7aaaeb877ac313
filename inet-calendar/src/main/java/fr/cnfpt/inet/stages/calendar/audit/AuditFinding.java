package fr.cnfpt.inet.stages.calendar.audit;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * An inconsistency the edition audit found: between the edition's texts, or between its texts and
 * its calendar.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param definition  what kind of finding it is: an {@link AuditCheck}, a {@link CalendarCheck} of the
 *     dates or an erratum's {@link ErratumCode}, not null
 * @param location  where it is, not null
 * @param message  what is inconsistent and what the library retains, not null
 */
public record AuditFinding(AuditCode definition, LocalizedText location, LocalizedText message) {

    /**
     * Creates a finding.
     *
     * @param definition  the definition, not null
     * @param location  where it is, not null
     * @param message  what is inconsistent, not null
     */
    public AuditFinding {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the finding's stable code.
     *
     * @return the code, such as {@code CALENDAR_WEEKS_DIFFER} or an erratum's code, not null
     */
    public String code() {
        return definition.code();
    }
}
