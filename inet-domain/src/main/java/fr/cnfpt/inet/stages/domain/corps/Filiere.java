package fr.cnfpt.inet.stages.domain.corps;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * A filière (stream) of the territorial civil service: the family of jobs a corps belongs to.
 * Collective projects bring together trainees "issus des filières administrative, culturelle et
 * technique".
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum Filiere {
    /** The administrative stream (administrateurs territoriaux). */
    ADMINISTRATIVE(LocalizedText.of("filière administrative", "administrative stream")),
    /** The cultural stream (conservateurs de bibliothèques, conservateurs du patrimoine). */
    CULTURELLE(LocalizedText.of("filière culturelle", "cultural stream")),
    /** The technical stream (ingénieurs en chef territoriaux). */
    TECHNIQUE(LocalizedText.of("filière technique", "technical stream"));

    private final LocalizedText label;

    Filiere(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns the stream's name.
     *
     * @return the name in French and English, not null
     */
    public LocalizedText label() {
        return label;
    }
}
