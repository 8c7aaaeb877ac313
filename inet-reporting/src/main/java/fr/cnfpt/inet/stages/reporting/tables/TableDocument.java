package fr.cnfpt.inet.stages.reporting.tables;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import java.util.List;
import java.util.Objects;

/**
 * A statistics report ready to write: its id, title, cohort, language, tables and the notes that
 * apply to the whole report (rows left out at import…).
 *
 * @param report  the report's id, such as {@code offers}, not null
 * @param title  the report's title, not null
 * @param cohort  the cohort reported on, not null
 * @param language  the language of labels and titles, not null
 * @param tables  the tables, in order, not null
 * @param notes  notes on the whole report, not null
 */
public record TableDocument(String report, LocalizedText title, CohortYear cohort, Language language,
        List<StatTable> tables, List<LocalizedText> notes) {

    /**
     * Checks and copies the parts.
     *
     * @param report  the report's id, such as {@code offers}, not null
     * @param title  the report's title, not null
     * @param cohort  the cohort reported on, not null
     * @param language  the language of labels and titles, not null
     * @param tables  the tables, in order, not null
     * @param notes  notes on the whole report, not null
     */
    public TableDocument {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(language, "language");
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
