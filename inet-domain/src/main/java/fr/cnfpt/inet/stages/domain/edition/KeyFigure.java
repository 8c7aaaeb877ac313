package fr.cnfpt.inet.stages.domain.edition;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * A figure INET publishes about itself ("170 students trained every year in initial training").
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the stable upper-case code, such as {@code INITIAL_TRAINEES_PER_YEAR}, not null
 * @param value  the figure, not negative
 * @param label  what it counts, with its qualifier ("over", "approximately"), not null
 */
public record KeyFigure(String code, long value, LocalizedText label) {

    /**
     * Creates a figure.
     *
     * @param code  the code, not null
     * @param value  the figure, not negative
     * @param label  what it counts, not null
     */
    public KeyFigure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        DomainException.require(code.matches("[A-Z][A-Z0-9_]*"), "a figure's code is upper case: " + code);
        DomainException.require(value >= 0, "a figure is not negative: " + value);
    }
}
