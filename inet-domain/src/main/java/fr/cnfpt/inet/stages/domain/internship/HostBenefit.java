package fr.cnfpt.inet.stages.domain.internship;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * What hosting an internship brings the host, as the brochure puts it at the foot of each section
 * ("Partager son expérience et bénéficier d'un regard extérieur."). The brochure marks the
 * professionnalisation's line "LE +".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param text  the benefit, not null
 * @param highlighted  true for a line the brochure marks "LE +"
 */
public record HostBenefit(LocalizedText text, boolean highlighted) {

    /**
     * The marker of a highlighted benefit: the brochure's "LE +"; in English "KEY BENEFIT", the
     * callout an English reader expects (a word-for-word "THE PLUS" is not English).
     */
    public static final LocalizedText MARKER = LocalizedText.of("LE +", "KEY BENEFIT");

    /**
     * Creates a benefit.
     *
     * @param text  the benefit, not null
     * @param highlighted  true for a line marked "LE +"
     */
    public HostBenefit {
        Objects.requireNonNull(text, "text");
    }

    /**
     * Obtains a plain benefit line.
     *
     * @param text  the benefit, not null
     * @return the benefit, not null
     */
    public static HostBenefit of(LocalizedText text) {
        return new HostBenefit(text, false);
    }

    /**
     * Obtains a benefit line marked "LE +".
     *
     * @param text  the benefit, not null
     * @return the benefit, not null
     */
    public static HostBenefit highlighted(LocalizedText text) {
        return new HostBenefit(text, true);
    }
}
