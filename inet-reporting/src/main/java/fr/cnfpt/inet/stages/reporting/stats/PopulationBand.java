package fr.cnfpt.inet.stages.reporting.stats;

import fr.cnfpt.inet.stages.domain.host.Population;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Optional;

/**
 * The population bands of the offers report. The first bound is the brochure's: a collective
 * project needs "une collectivité de plus de 40 000 habitants", so "under 40,000" holds exactly the
 * hosts too small for one. Bounds: under 40,000; 40,000 to 100,000; 100,001 to 300,000; over 300,000.
 */
public enum PopulationBand {
    /** Fewer than 40,000 inhabitants. */
    UNDER_40000(LocalizedText.of("moins de 40 000 habitants", "under 40,000 inhabitants")),
    /** 40,000 to 100,000 inhabitants. */
    FROM_40000_TO_100000(LocalizedText.of("de 40 000 à 100 000 habitants", "40,000 to 100,000 inhabitants")),
    /** 100,001 to 300,000 inhabitants. */
    FROM_100000_TO_300000(LocalizedText.of("de 100 000 à 300 000 habitants", "100,000 to 300,000 inhabitants")),
    /** More than 300,000 inhabitants. */
    OVER_300000(LocalizedText.of("plus de 300 000 habitants", "over 300,000 inhabitants")),
    /** No population given (a foreign host, a State service…). */
    NOT_GIVEN(LocalizedText.of("population non renseignée", "population not given"));

    private final LocalizedText label;

    PopulationBand(LocalizedText label) {
        this.label = label;
    }

    /** @return the band's label, not null */
    public LocalizedText label() {
        return label;
    }

    /**
     * Finds the band of a population.
     *
     * @param population  the population, if given
     * @return the band, not null
     */
    public static PopulationBand of(Optional<Population> population) {
        if (population.isEmpty()) {
            return NOT_GIVEN;
        }
        int inhabitants = population.get().inhabitants();
        if (inhabitants < 40_000) {
            return UNDER_40000;
        }
        if (inhabitants <= 100_000) {
            return FROM_40000_TO_100000;
        }
        return inhabitants <= 300_000 ? FROM_100000_TO_300000 : OVER_300000;
    }
}
