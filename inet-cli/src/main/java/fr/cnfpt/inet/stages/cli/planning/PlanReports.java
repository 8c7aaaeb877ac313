package fr.cnfpt.inet.stages.cli.planning;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.reporting.run.PlanReportRun;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan report of {@code inet plan --report}: the formats its plugin (the {@code PLAN} family's,
 * found with {@link java.util.ServiceLoader}) writes, and its files in a plan folder,
 * {@code plan-report.pdf}, {@code plan-report.xlsx}…
 */
final class PlanReports {

    /** Every format the plan report is written in. */
    static final String ALL = "all";

    private static final String NAME = "plan-report.";

    private PlanReports() {
    }

    /**
     * Reads the formats asked for, in any case, or all of them, in the plugin's order.
     *
     * @throws UnusableInputException if no plugin writes the plan report, or not in a format asked for
     */
    static List<ReportFormat> formats(List<String> values) {
        Set<ReportFormat> written = PlanReportRun.pluginIn(ReportRegistry.load()).map(ReportPlugin::formats)
                .orElseThrow(() -> new UnusableInputException("no plan report plugin on the class path; see inet plugins"));
        if (values.stream().anyMatch(value -> value.strip().equalsIgnoreCase(ALL))) {
            return List.copyOf(written);
        }
        return values.stream().map(value -> ReportFormat.ofCode(value).filter(written::contains).orElseThrow(
                () -> new UnusableInputException("'" + value + "' is not a format of the plan report; accepted: "
                        + written.stream().map(ReportFormat::extension).collect(Collectors.joining(", ")) + ", "
                        + ALL))).distinct().toList();
    }

    /** @return the name of the report's file in the plan folder: {@code plan-report.pdf} */
    static String fileName(ReportFormat format) {
        return NAME + format.extension();
    }

    /** @return true for a plan report's file, in any format a report can have */
    static boolean isReportFile(String name) {
        return Arrays.stream(ReportFormat.values()).anyMatch(format -> name.equals(fileName(format)));
    }
}
