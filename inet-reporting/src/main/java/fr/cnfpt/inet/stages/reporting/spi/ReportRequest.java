package fr.cnfpt.inet.stages.reporting.spi;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report is asked for: its inputs (the edition, a cohort and the calendar), the language
 * and the output format. Immutable: each {@code with} method returns a new request.
 */
public final class ReportRequest {

    private final Edition edition;
    private final Schedules schedules;
    private final CohortYear cohort;
    private final Language language;
    private final ReportFormat format;

    private ReportRequest(Edition edition, Schedules schedules, CohortYear cohort, Language language,
            ReportFormat format) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.cohort = cohort;
        this.language = Objects.requireNonNull(language, "language");
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * Starts a request for an edition and its calendar, in French, as PDF, with no cohort.
     *
     * @param edition  the edition, not null
     * @param schedules  the calendar of the cohorts (official and projected), not null
     * @return the request, not null
     */
    public static ReportRequest of(Edition edition, Schedules schedules) {
        return new ReportRequest(edition, schedules, null, Language.FR, ReportFormat.PDF);
    }

    /** @return a request for a cohort, not null */
    public ReportRequest withCohort(CohortYear newCohort) {
        return new ReportRequest(edition, schedules, Objects.requireNonNull(newCohort, "cohort"), language, format);
    }

    /** @return a request in a language, not null */
    public ReportRequest withLanguage(Language newLanguage) {
        return new ReportRequest(edition, schedules, cohort, newLanguage, format);
    }

    /** @return a request for a format, not null */
    public ReportRequest withFormat(ReportFormat newFormat) {
        return new ReportRequest(edition, schedules, cohort, language, newFormat);
    }

    /** @return the edition, not null */
    public Edition edition() {
        return edition;
    }

    /** @return the calendar of the cohorts, not null */
    public Schedules schedules() {
        return schedules;
    }

    /** @return the cohort, if one was given */
    public Optional<CohortYear> cohort() {
        return Optional.ofNullable(cohort);
    }

    /** @return the language of the report, not null */
    public Language language() {
        return language;
    }

    /** @return the output format, not null */
    public ReportFormat format() {
        return format;
    }

    /**
     * Tells whether the request carries an input.
     *
     * @param input  the input, not null
     * @return true if supplied
     */
    public boolean has(ReportInput input) {
        return switch (input) {
            case EDITION -> true;
            case COHORT -> cohort != null;
            case OFFERS, TRAINEES, PLACEMENTS -> false;
        };
    }

    @Override
    public String toString() {
        return "ReportRequest[" + edition.label() + ", cohort " + cohort + ", " + language + ", " + format + "]";
    }
}
