package fr.cnfpt.inet.stages.cli.report;

import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.spi.ReportFamily;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statistics reports {@code inet stats} can write: the report plugins of the
 * {@link ReportFamily#STATISTICS} family, found with {@link java.util.ServiceLoader}, their ids and
 * their formats. Which values {@code --report} and {@code --format} accept, and which files a
 * folder of reports may hold, follow from them.
 */
public final class StatisticsReports {

    /** Every report, or every format. */
    static final String ALL = "all";

    private final List<ReportPlugin> plugins;
    private final List<ReportFormat> formats;

    private StatisticsReports(List<ReportPlugin> plugins) {
        this.plugins = plugins;
        this.formats = plugins.stream().flatMap(p -> p.formats().stream()).distinct().toList();
    }

    static StatisticsReports load() {
        return new StatisticsReports(ReportRegistry.load().ofFamily(ReportFamily.STATISTICS));
    }

    /** @return the ids, in registration order, not null */
    List<String> ids() {
        return plugins.stream().map(ReportPlugin::id).toList();
    }

    /** @return the formats some statistics report is written in, in the order the plugins declare them */
    List<ReportFormat> formats() {
        return formats;
    }

    /**
     * Chooses the reports: one by its id, or all.
     *
     * @throws UnusableInputException if no statistics report has that id
     */
    List<ReportPlugin> choose(String report) {
        if (plugins.isEmpty()) {
            throw new UnusableInputException("no statistics report plugin on the class path; see inet plugins");
        }
        if (report.equals(ALL)) {
            return plugins;
        }
        return plugins.stream().filter(p -> p.id().equals(report)).findFirst().map(List::of).orElseThrow(
                () -> new UnusableInputException("'" + report + "' is not a statistics report; accepted: "
                        + String.join(", ", ids()) + ", " + ALL));
    }

    /**
     * Reads a format, or all, in any case.
     *
     * @throws UnusableInputException if no statistics report is written in it
     */
    List<ReportFormat> formats(String value) {
        if (value.strip().equalsIgnoreCase(ALL)) {
            return formats;
        }
        return List.of(ReportFormat.ofCode(value).filter(formats::contains).orElseThrow(
                () -> new UnusableInputException("'" + value + "' is not a statistics format; accepted: "
                        + formats.stream().map(ReportFormat::extension).collect(Collectors.joining(", ")) + ", "
                        + ALL)));
    }

    /** @return the name of a report's file in a folder: {@code dashboard-2026-2027-fr.pdf} */
    static String fileName(ReportPlugin plugin, ReportFormat format, CohortYear cohort, Language language) {
        return plugin.id() + "-" + cohort.year() + "-" + (cohort.year() + 1) + "-"
                + language.name().toLowerCase(Locale.ROOT) + "." + format.extension();
    }

    /** @return true for the files a folder of statistics reports holds: anything else in it is the user's */
    boolean isReportFile(String name) {
        return Pattern.matches("(" + alternatives(ids()) + ")-\\d{4}-\\d{4}-("
                + alternatives(Arrays.stream(Language.values()).map(l -> l.name().toLowerCase(Locale.ROOT)).toList())
                + ")\\.(" + alternatives(formats.stream().map(ReportFormat::extension).toList()) + ")", name);
    }

    /** @return the help's label of {@code --report}: the ids and all, separated by {@code |} */
    String reportLabel() {
        return String.join("|", ids()) + "|" + ALL;
    }

    /** @return the help's label of {@code --format}: the formats, separated by {@code |} */
    String formatLabel() {
        return formats.stream().map(ReportFormat::extension).collect(Collectors.joining("|"));
    }

    private static String alternatives(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
