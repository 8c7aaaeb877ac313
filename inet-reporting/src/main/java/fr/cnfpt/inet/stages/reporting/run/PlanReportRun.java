package fr.cnfpt.inet.stages.reporting.run;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.planning.Plan;
import fr.cnfpt.inet.stages.planning.PlanningProblem;
import fr.cnfpt.inet.stages.planning.summary.PlanSummary;
import fr.cnfpt.inet.stages.reporting.spi.ReportFamily;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The report on a placement plan, as {@code inet plan --report} writes it: the outcomes overall and per
 * corps, the teams against their bound and the offers left free, counts of trainees under the privacy
 * threshold withheld.
 * <pre>{@code
 * Plan plan = Planner.plan(problem);
 * PlanReportRun.of(edition).write(problem, plan, Language.FR, ReportFormat.PDF, out);
 * }</pre>
 * The report is written by the report plugin of the {@link ReportFamily#PLAN} family (the first
 * registered, if there are several).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlanReportRun {

    private final Edition edition;
    private final ReportRegistry plugins;
    private final int minCount;

    private PlanReportRun(Edition edition, ReportRegistry plugins, int minCount) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.plugins = Objects.requireNonNull(plugins, "plugins");
        if (minCount < 1) {
            throw new IllegalArgumentException("the privacy threshold must be at least 1, not " + minCount);
        }
        this.minCount = minCount;
    }

    /**
     * Obtains a run with the report plugins found by {@link java.util.ServiceLoader} and the default
     * privacy threshold ({@link ReportRequest#DEFAULT_MIN_COUNT}).
     *
     * @param edition  the edition, for the names of corps and internship types, not null
     * @return the run, not null
     */
    public static PlanReportRun of(Edition edition) {
        return new PlanReportRun(edition, ReportRegistry.load(), ReportRequest.DEFAULT_MIN_COUNT);
    }

    /**
     * Returns a copy finding the plan report's plugin in another registry.
     *
     * @param registry  the report plugins, not null
     * @return the run, not null
     */
    public PlanReportRun withPlugins(ReportRegistry registry) {
        return new PlanReportRun(edition, registry, minCount);
    }

    /**
     * Returns a copy with another privacy threshold: counts of trainees from 1 to {@code newMinCount - 1}
     * are withheld; 1 withholds nothing.
     *
     * @param newMinCount  the threshold, at least 1
     * @return the run, not null
     */
    public PlanReportRun withMinCount(int newMinCount) {
        return new PlanReportRun(edition, plugins, newMinCount);
    }

    /** @return the plugin that writes the plan report, if one is registered */
    public Optional<ReportPlugin> plugin() {
        return pluginIn(plugins);
    }

    /**
     * Finds the plugin that writes the plan report: the first of the {@link ReportFamily#PLAN} family.
     *
     * @param registry  the report plugins, not null
     * @return the plugin, if one is registered
     */
    public static Optional<ReportPlugin> pluginIn(ReportRegistry registry) {
        return registry.ofFamily(ReportFamily.PLAN).stream().findFirst();
    }

    /** @return the formats the plan report is written in, in the plugin's order; empty if none writes it */
    public Set<ReportFormat> formats() {
        return plugin().map(ReportPlugin::formats).orElse(Set.of());
    }

    /**
     * Writes the report on a plan.
     *
     * @param problem  the problem planned, not null
     * @param plan  its plan, not null
     * @param language  the language, not null
     * @param format  the format, one of {@link #formats()}, not null
     * @param out  where to write it; not closed, not null
     * @throws IOException if it cannot be written
     * @throws NoSuchElementException if no plugin writes the plan report
     * @throws IllegalArgumentException if the report is not written in that format, or the plan is not the
     *         problem's
     */
    public void write(PlanningProblem problem, Plan plan, Language language, ReportFormat format, OutputStream out)
            throws IOException {
        write(PlanSummary.of(problem, plan), language, format, out);
    }

    /**
     * Writes the report on a plan from its summary.
     *
     * @param summary  what the plan gives, counted, not null
     * @param language  the language, not null
     * @param format  the format, one of {@link #formats()}, not null
     * @param out  where to write it; not closed, not null
     * @throws IOException if it cannot be written
     * @throws NoSuchElementException if no plugin writes the plan report
     * @throws IllegalArgumentException if the report is not written in that format
     */
    public void write(PlanSummary summary, Language language, ReportFormat format, OutputStream out)
            throws IOException {
        ReportPlugin report = plugin().orElseThrow(() -> new NoSuchElementException(
                "no report plugin of the family " + ReportFamily.PLAN + " is registered"));
        report.render(ReportRequest.of(edition, Schedules.of(edition)).withPlan(Objects.requireNonNull(summary, "summary"))
                .withLanguage(Objects.requireNonNull(language, "language"))
                .withFormat(Objects.requireNonNull(format, "format")).withMinCount(minCount),
                Objects.requireNonNull(out, "out"));
    }
}
