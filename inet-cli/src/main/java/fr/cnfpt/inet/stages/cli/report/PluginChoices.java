package fr.cnfpt.inet.stages.cli.report;

import fr.cnfpt.inet.stages.reporting.run.BrochureRun;
import fr.cnfpt.inet.stages.reporting.run.PlanReportRun;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The help's labels that name plugins and their formats, computed from the report plugins found
 * with {@link java.util.ServiceLoader} when the help is shown: picocli reads them as
 * {@code ${bundle:KEY}} in the {@code paramLabel} of {@code inet stats}, {@code inet brochure} and
 * {@code inet plan}.
 * Plugins are loaded only when a label is asked for.
 */
public final class PluginChoices extends ResourceBundle {

    /** The label of {@code inet stats --report}: {@code offers|placements|dashboard|all}. */
    static final String STATS_REPORTS = "inet.stats.reports";
    /** The label of {@code inet stats --format}. */
    static final String STATS_FORMATS = "inet.stats.formats";
    /** The label of {@code inet brochure --format}: {@code pdf|html}. */
    static final String BROCHURE_FORMATS = "inet.brochure.formats";

    /** The label of {@code inet plan --report}: {@code pdf|xlsx|json|html|all}. */
    public static final String PLAN_FORMATS = "inet.plan.formats";

    private static final List<String> KEYS = List.of(STATS_REPORTS, STATS_FORMATS, BROCHURE_FORMATS, PLAN_FORMATS);

    /** Created by {@link ResourceBundle#getBundle(String)}. */
    public PluginChoices() {
    }

    @Override
    protected Object handleGetObject(String key) {
        return switch (key) {
            case STATS_REPORTS -> StatisticsReports.load().reportLabel();
            case STATS_FORMATS -> StatisticsReports.load().formatLabel();
            case BROCHURE_FORMATS -> brochureFormats();
            case PLAN_FORMATS -> planFormats();
            default -> null;
        };
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(KEYS);
    }

    /** @return the plan report's formats, in the plugin's order, separated by {@code |}, then {@code all} */
    static String planFormats() {
        return Stream.concat(PlanReportRun.pluginIn(ReportRegistry.load()).map(ReportPlugin::formats).orElse(Set.of())
                .stream().map(ReportFormat::extension), Stream.of("all")).collect(Collectors.joining("|"));
    }

    /** @return the brochure's formats, separated by {@code |}, in {@link ReportFormat}'s order */
    static String brochureFormats() {
        return BrochureRun.pluginIn(ReportRegistry.load()).map(ReportPlugin::formats).orElse(Set.of()).stream().sorted().map(ReportFormat::extension)
                .collect(Collectors.joining("|"));
    }
}
