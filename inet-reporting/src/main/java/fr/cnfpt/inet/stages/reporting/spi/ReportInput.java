package fr.cnfpt.inet.stages.reporting.spi;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * What a report is made from. A plugin states the inputs it needs; the caller supplies them in the
 * {@link ReportRequest}.
 */
public enum ReportInput {
    /** The edition: corps, internship types, texts and rules. Always supplied. */
    EDITION(LocalizedText.of("l'édition (cadres d'emplois, types de stages, textes)",
            "the edition (corps, internship types, texts)")),
    /** A cohort year, and its calendar: official dates, or projected ones. */
    COHORT(LocalizedText.of("une promotion et son calendrier", "a cohort and its calendar")),
    /** The statistics of a dataset of offers. */
    OFFERS(LocalizedText.of("un jeu de données d'offres", "a dataset of offers")),
    /** The statistics of a dataset of trainees. */
    TRAINEES(LocalizedText.of("un jeu de données d'élèves", "a dataset of trainees")),
    /** The statistics of a dataset of placements. */
    PLACEMENTS(LocalizedText.of("un jeu de données d'affectations", "a dataset of placements")),
    /** What a placement plan gives, counted ({@code PlanSummary} of {@code inet-planning}). */
    PLAN(LocalizedText.of("le bilan d'un plan d'affectation", "the summary of a placement plan"));

    private final LocalizedText description;

    ReportInput(LocalizedText description) {
        this.description = description;
    }

    /** @return what the input is, in French and English, not null */
    public LocalizedText description() {
        return description;
    }
}
