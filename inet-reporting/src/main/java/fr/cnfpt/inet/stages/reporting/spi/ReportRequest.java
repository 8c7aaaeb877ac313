package fr.cnfpt.inet.stages.reporting.spi;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.planning.summary.PlanSummary;
import fr.cnfpt.inet.stages.reporting.statistics.Source;
import fr.cnfpt.inet.stages.reporting.statistics.Statistics;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report is asked for: its inputs (the edition, a cohort and the calendar, the statistics of
 * a dataset, the summary of a placement plan), the language, the output format and the privacy
 * threshold. Immutable: each {@code with} method returns a new request.
 */
public final class ReportRequest {

    /** The default privacy threshold: counts of people under 5 are withheld. */
    public static final int DEFAULT_MIN_COUNT = 5;

    private final Edition edition;
    private final Schedules schedules;
    private final CohortYear cohort;
    private final Language language;
    private final ReportFormat format;
    private final Statistics statistics;
    private final int minCount;
    private final PlanSummary plan;

    private ReportRequest(Edition edition, Schedules schedules, CohortYear cohort, Language language,
            ReportFormat format, Statistics statistics, int minCount) {
        this(edition, schedules, cohort, language, format, statistics, minCount, null);
    }

    private ReportRequest(Edition edition, Schedules schedules, CohortYear cohort, Language language,
            ReportFormat format, Statistics statistics, int minCount, PlanSummary plan) {
        this.plan = plan;
        this.edition = Objects.requireNonNull(edition, "edition");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.cohort = cohort;
        this.language = Objects.requireNonNull(language, "language");
        this.format = Objects.requireNonNull(format, "format");
        this.statistics = statistics;
        if (minCount < 1) {
            throw new IllegalArgumentException("the privacy threshold must be at least 1, not " + minCount);
        }
        this.minCount = minCount;
    }

    /**
     * Starts a request for an edition and its calendar, in French, as PDF, with no cohort and no
     * dataset, and the default privacy threshold.
     *
     * @param edition  the edition, not null
     * @param schedules  the calendar of the cohorts (official and projected), not null
     * @return the request, not null
     */
    public static ReportRequest of(Edition edition, Schedules schedules) {
        return new ReportRequest(edition, schedules, null, Language.FR, ReportFormat.PDF, null, DEFAULT_MIN_COUNT);
    }

    /**
     * Returns a copy of this request with another cohort.
     *
     * @param newCohort  the cohort reported on, not null
     * @return a request for a cohort, not null
     */
    public ReportRequest withCohort(CohortYear newCohort) {
        return new ReportRequest(edition, schedules, Objects.requireNonNull(newCohort, "cohort"), language, format,
                statistics, minCount, plan);
    }

    /**
     * Returns a copy of this request with another language.
     *
     * @param newLanguage  the language of the report, not null
     * @return a request in a language, not null
     */
    public ReportRequest withLanguage(Language newLanguage) {
        return new ReportRequest(edition, schedules, cohort, newLanguage, format, statistics, minCount, plan);
    }

    /**
     * Returns a copy of this request with another format.
     *
     * @param newFormat  the output format, not null
     * @return a request for a format, not null
     */
    public ReportRequest withFormat(ReportFormat newFormat) {
        return new ReportRequest(edition, schedules, cohort, language, newFormat, statistics, minCount, plan);
    }

    /**
     * Returns a request with the statistics of a dataset (offers, trainees, placements).
     *
     * @param newStatistics  the statistics, from a {@link fr.cnfpt.inet.stages.reporting.statistics.StatisticsCollector}
     * @return the request, not null
     */
    public ReportRequest withStatistics(Statistics newStatistics) {
        return new ReportRequest(edition, schedules, cohort, language, format,
                Objects.requireNonNull(newStatistics, "statistics"), minCount, plan);
    }

    /**
     * Returns a request with another privacy threshold: counts of people from 1 to
     * {@code newMinCount - 1} are withheld ("&lt; 5"); 1 withholds nothing.
     *
     * @param newMinCount  the threshold, at least 1
     * @return the request, not null
     */
    public ReportRequest withMinCount(int newMinCount) {
        return new ReportRequest(edition, schedules, cohort, language, format, statistics, newMinCount, plan);
    }

    /**
     * Returns a request with the summary of a placement plan, and its cohort.
     *
     * @param newPlan  what the plan gives, counted ({@link PlanSummary#of}), not null
     * @return the request, not null
     */
    public ReportRequest withPlan(PlanSummary newPlan) {
        Objects.requireNonNull(newPlan, "plan");
        return new ReportRequest(edition, schedules, newPlan.cohort(), language, format, statistics, minCount, newPlan);
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

    /** @return the statistics of the dataset, if given */
    public Optional<Statistics> statistics() {
        return Optional.ofNullable(statistics);
    }

    /** @return the summary of a placement plan, if given */
    public Optional<PlanSummary> plan() {
        return Optional.ofNullable(plan);
    }

    /** @return the privacy threshold, at least 1 */
    public int minCount() {
        return minCount;
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
            case OFFERS -> statistics != null && statistics.has(Source.OFFERS);
            case TRAINEES -> statistics != null && statistics.has(Source.TRAINEES);
            case PLACEMENTS -> statistics != null && statistics.has(Source.PLACEMENTS);
            case PLAN -> plan != null;
        };
    }

    @Override
    public String toString() {
        return "ReportRequest[" + edition.label() + ", cohort " + cohort + ", " + language + ", " + format
                + (statistics == null ? "" : ", with statistics") + (plan == null ? "" : ", with a plan") + ", min count " + minCount + "]";
    }
}
