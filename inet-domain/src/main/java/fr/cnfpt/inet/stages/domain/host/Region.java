package fr.cnfpt.inet.stages.domain.host;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The 18 regions of France (13 in mainland France and Corsica, 5 overseas), by their INSEE code,
 * as used to group hosts by région in reports.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum Region {
    /** Guadeloupe. */
    GUADELOUPE("01", "Guadeloupe", "Guadeloupe", true),
    /** Martinique. */
    MARTINIQUE("02", "Martinique", "Martinique", true),
    /** Guyane. */
    GUYANE("03", "Guyane", "French Guiana", true),
    /** La Réunion. */
    LA_REUNION("04", "La Réunion", "Réunion", true),
    /** Mayotte. */
    MAYOTTE("06", "Mayotte", "Mayotte", true),
    /** Île-de-France. */
    ILE_DE_FRANCE("11", "Île-de-France", "Île-de-France", false),
    /** Centre-Val de Loire. */
    CENTRE_VAL_DE_LOIRE("24", "Centre-Val de Loire", "Centre-Val de Loire", false),
    /** Bourgogne-Franche-Comté. */
    BOURGOGNE_FRANCHE_COMTE("27", "Bourgogne-Franche-Comté", "Burgundy-Franche-Comté", false),
    /** Normandie. */
    NORMANDIE("28", "Normandie", "Normandy", false),
    /** Hauts-de-France. */
    HAUTS_DE_FRANCE("32", "Hauts-de-France", "Hauts-de-France", false),
    /** Grand Est. */
    GRAND_EST("44", "Grand Est", "Grand Est", false),
    /** Pays de la Loire. */
    PAYS_DE_LA_LOIRE("52", "Pays de la Loire", "Pays de la Loire", false),
    /** Bretagne. */
    BRETAGNE("53", "Bretagne", "Brittany", false),
    /** Nouvelle-Aquitaine. */
    NOUVELLE_AQUITAINE("75", "Nouvelle-Aquitaine", "Nouvelle-Aquitaine", false),
    /** Occitanie. */
    OCCITANIE("76", "Occitanie", "Occitania", false),
    /** Auvergne-Rhône-Alpes. */
    AUVERGNE_RHONE_ALPES("84", "Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes", false),
    /** Provence-Alpes-Côte d'Azur. */
    PROVENCE_ALPES_COTE_D_AZUR("93", "Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", false),
    /** Corse. */
    CORSE("94", "Corse", "Corsica", false);

    private final String inseeCode;
    private final LocalizedText label;
    private final boolean overseas;

    Region(String inseeCode, String fr, String en, boolean overseas) {
        this.inseeCode = inseeCode;
        this.label = LocalizedText.of(fr, en);
        this.overseas = overseas;
    }

    /**
     * Returns the INSEE code of the region.
     *
     * @return the two-digit code, such as {@code "44"}, not null
     */
    public String inseeCode() {
        return inseeCode;
    }

    /**
     * Returns the region's name.
     *
     * @return the name in French and English, not null
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Checks whether the region is overseas.
     *
     * @return true for Guadeloupe, Martinique, Guyane, La Réunion and Mayotte
     */
    public boolean isOverseas() {
        return overseas;
    }

    /**
     * Finds a region by its INSEE code.
     *
     * @param code  the two-digit code, not null
     * @return the region, or empty if no region has that code
     */
    public static Optional<Region> fromInseeCode(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values()).filter(r -> r.inseeCode.equals(code.trim())).findFirst();
    }
}
