package fr.cnfpt.inet.stages.reporting.run;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.Language;
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
 * The yearly brochure "Accueillir un ou une élève en stage" of a cohort, as {@code inet brochure}
 * writes it: the same bytes for the same edition, calendar, cohort, language and format.
 * <pre>{@code
 * BrochureRun.of(edition, Schedules.of(edition)).write(CohortYear.of(2026), Language.FR, ReportFormat.PDF, out);
 * }</pre>
 * The brochure is written by the report plugin of the {@link ReportFamily#BROCHURE} family (the first
 * registered, if there are several).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BrochureRun {

    private final Edition edition;
    private final Schedules schedules;
    private final ReportRegistry plugins;

    private BrochureRun(Edition edition, Schedules schedules, ReportRegistry plugins) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    /**
     * Obtains a run with the report plugins found by {@link java.util.ServiceLoader}.
     *
     * @param edition  the edition, not null
     * @param schedules  the calendar of the cohorts (projected, or with an official calendar), not null
     * @return the run, not null
     */
    public static BrochureRun of(Edition edition, Schedules schedules) {
        return new BrochureRun(edition, schedules, ReportRegistry.load());
    }

    /**
     * Returns a copy finding the brochure's plugin in another registry.
     *
     * @param registry  the report plugins, not null
     * @return the run, not null
     */
    public BrochureRun withPlugins(ReportRegistry registry) {
        return new BrochureRun(edition, schedules, registry);
    }

    /** @return the plugin that writes the brochure, if one is registered */
    public Optional<ReportPlugin> plugin() {
        return pluginIn(plugins);
    }

    /**
     * Finds the plugin that writes the brochure: the first of the {@link ReportFamily#BROCHURE} family.
     *
     * @param registry  the report plugins, not null
     * @return the plugin, if one is registered
     */
    public static Optional<ReportPlugin> pluginIn(ReportRegistry registry) {
        return registry.ofFamily(ReportFamily.BROCHURE).stream().findFirst();
    }

    /** @return the formats the brochure is written in; empty if no plugin writes it */
    public Set<ReportFormat> formats() {
        return plugin().map(ReportPlugin::formats).orElse(Set.of());
    }

    /**
     * Writes the brochure of a cohort.
     *
     * @param cohort  the cohort, not null
     * @param language  the language, not null
     * @param format  the format, one of {@link #formats()}, not null
     * @param out  where to write it; not closed, not null
     * @throws IOException if it cannot be written
     * @throws NoSuchElementException if no plugin writes the brochure
     * @throws IllegalArgumentException if the brochure is not written in that format
     */
    public void write(CohortYear cohort, Language language, ReportFormat format, OutputStream out)
            throws IOException {
        ReportPlugin brochure = plugin().orElseThrow(() -> new NoSuchElementException(
                "no report plugin of the family " + ReportFamily.BROCHURE + " is registered"));
        brochure.render(ReportRequest.of(edition, schedules).withCohort(Objects.requireNonNull(cohort, "cohort"))
                .withLanguage(Objects.requireNonNull(language, "language"))
                .withFormat(Objects.requireNonNull(format, "format")), Objects.requireNonNull(out, "out"));
    }
}
