package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * A coded cell of a statistics table: an internship type, a corps, a host kind, an INSEE code…
 * JSON carries the code; PDF, XLSX and CSV carry the label.
 *
 * @param code  the code, such as {@code OBSERVATION} or {@code 67}, not null
 * @param label  its label in French and English, not null
 */
public record Code(String code, LocalizedText label) {

    /**
     * Checks the parts.
     *
     * @param code  the code, such as {@code OBSERVATION} or {@code 67}, not null
     * @param label  its label in French and English, not null
     */
    public Code {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
