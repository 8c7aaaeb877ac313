package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * The type of a column's values, as {@code docs/formats.md} describes them.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum ColumnType {
    /** Free text. */
    TEXT(LocalizedText.of("texte", "text")),
    /** One code, such as {@code OBSERVATION}, in any case, with or without accents. */
    CODE(LocalizedText.of("code", "code")),
    /** Several codes separated by commas, semicolons, slashes or "et"/"and". */
    CODES(LocalizedText.of("codes (un ou plusieurs)", "codes (one or several)")),
    /** A whole number; spaces between thousands are allowed ({@code 120 000}). */
    INTEGER(LocalizedText.of("nombre entier", "whole number")),
    /** An amount in euros, with a decimal comma or point ({@code 4 000,00 €}). */
    AMOUNT(LocalizedText.of("montant en euros", "amount in euros")),
    /** A date, {@code dd/MM/yyyy} or ISO {@code yyyy-MM-dd}. */
    DATE(LocalizedText.of("date (jj/mm/aaaa ou aaaa-mm-jj)", "date (dd/mm/yyyy or yyyy-mm-dd)")),
    /** An e-mail address. */
    EMAIL(LocalizedText.of("adresse électronique", "e-mail address")),
    /** A cohort, by the year its schooling starts ({@code 2026} or {@code 2026-2027}). */
    COHORT(LocalizedText.of("promotion (2026 ou 2026-2027)", "cohort (2026 or 2026-2027)")),
    /** A département's INSEE code ({@code 67}, {@code 2A}, {@code 971}). */
    DEPARTEMENT(LocalizedText.of("code INSEE de département", "INSEE département code")),
    /** A country's ISO 3166 code ({@code DE}). */
    COUNTRY(LocalizedText.of("code pays ISO 3166 (DE, BE…)", "ISO 3166 country code (DE, BE…)")),
    /** A SIRET number: 14 digits, spaces allowed ({@code 213 606 720 00019}). */
    SIRET(LocalizedText.of("numéro SIRET (14 chiffres)", "SIRET number (14 digits)"));

    private final LocalizedText label;

    ColumnType(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns how the documentation names this type.
     *
     * @return the label, not null
     */
    public LocalizedText label() {
        return label;
    }
}
