package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * One band of the offers report by population, such as {@code UP_TO_40000} ("40 000 habitants ou
 * moins") or {@code FROM_40001_TO_100000}. The bands and their bounds come from
 * {@link PopulationBands}, derived from the edition.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the band's code, which names its inclusive bounds, not null
 * @param label  the band's label in French and English, not null
 */
public record PopulationBand(String code, LocalizedText label) {

    /** The band of the offers whose host's population is not given (a foreign host, a State service…). */
    public static final PopulationBand NOT_GIVEN = new PopulationBand("NOT_GIVEN",
            LocalizedText.of("population non renseignée", "population not given"));

    /**
     * Creates a band.
     *
     * @param code  the code, not null
     * @param label  the label, not null
     */
    public PopulationBand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
