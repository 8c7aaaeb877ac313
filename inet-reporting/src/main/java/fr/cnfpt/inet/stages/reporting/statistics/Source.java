package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/** The kinds of records statistics are computed from. */
public enum Source {
    /** Internship offers. */
    OFFERS(LocalizedText.of("offres", "offers")),
    /** Trainees. */
    TRAINEES(LocalizedText.of("élèves", "trainees")),
    /** Placements of trainees on offers. */
    PLACEMENTS(LocalizedText.of("affectations", "placements"));

    private final LocalizedText label;

    Source(LocalizedText label) {
        this.label = label;
    }

    /** @return the kind of records, in the plural, in French and English, not null */
    public LocalizedText label() {
        return label;
    }
}
