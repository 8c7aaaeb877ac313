package fr.cnfpt.inet.stages.cli.report;

import fr.cnfpt.inet.stages.cli.console.CodeConverters;
import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.dataset.ImportInputs;
import fr.cnfpt.inet.stages.cli.dataset.ImportOptions;
import fr.cnfpt.inet.stages.cli.dataset.ImportSummary;
import fr.cnfpt.inet.stages.cli.files.AtomicFile;
import fr.cnfpt.inet.stages.cli.files.OutputFolder;
import fr.cnfpt.inet.stages.cli.files.OutputTarget;
import fr.cnfpt.inet.stages.cli.schedule.ScheduleSource;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.reporting.run.StatisticsResult;
import fr.cnfpt.inet.stages.reporting.run.StatisticsRun;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportInput;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.statistics.Statistics;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inet stats}: reads offers, trainees and placements files with the importers found by
 * {@link java.util.ServiceLoader}, reports the import problems, computes the statistics in one pass,
 * then writes the statistics reports (the report plugins of the statistics family, found by
 * {@link StatisticsReports}) in the formats asked for: into a folder replaced as a whole
 * ({@link OutputFolder}, one run's reports only), or one report into one file. The reading and
 * the counting are the library's {@link StatisticsRun}; this class parses, prints and writes files.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        resourceBundle = "fr.cnfpt.inet.stages.cli.report.PluginChoices",
        description = {"Statistical reports on offers, trainees and placements: the offers report, the trainees and"
                + " placements report and the one-page dashboard, as PDF, XLSX, CSV, JSON or HTML.",
            "The files are checked first, as by 'inet validate'; no report is written from a file with errors unless"
                    + " --accept-errors (the reports then say how many rows were left out).",
            "Counts of trainees under --min-count are withheld (\"< 5\")."})
public final class StatsCommand implements Callable<Integer> {

    @Option(names = "--offers", paramLabel = "FILE", required = true,
            description = "The offers file (.csv, .json, .jsonl or .xlsx).")
    Path offers;

    @Option(names = "--trainees", paramLabel = "FILE", required = true, description = "The trainees file.")
    Path trainees;

    @Option(names = "--placements", paramLabel = "FILE", description = "The placements file, if any.")
    Path placements;

    @Option(names = "--report", paramLabel = "${bundle:" + PluginChoices.STATS_REPORTS + "}",
            defaultValue = StatisticsReports.ALL,
            description = "Which report to write (default: ${DEFAULT-VALUE}).")
    String report;

    @Option(names = "--format", paramLabel = "${bundle:" + PluginChoices.STATS_FORMATS + "}", defaultValue = "pdf",
            split = ",",
            description = "Output format(s), comma-separated, or all (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = CodeConverters.LanguageConverter.class,
            description = "Language of the reports and messages (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE", defaultValue = "reports",
            description = "The folder of the reports (default: ${DEFAULT-VALUE}), replaced as a whole by each run; or"
                    + " the file, for one report in one format ('-' for standard output).")
    Path output;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "" + ReportRequest.DEFAULT_MIN_COUNT,
            description = "Privacy threshold: counts of trainees from 1 to N-1 are shown as \"< N\""
                    + " (default: ${DEFAULT-VALUE}; 1 shows all).")
    int minCount;

    @Option(names = "--accept-errors",
            description = "Write the reports even if rows were rejected: they are left out, and the reports say so.")
    boolean acceptErrors;

    @Option(names = "--accept-unread",
            description = "Write the reports even if part of a file could not be read (an unclosed quote, a truncated"
                    + " file): those lines are left out, and the reports count them.")
    boolean acceptUnread;

    @Option(names = "--no-progress", description = "Do not show a progress bar (none is shown when not on a terminal).")
    boolean noProgress;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = ImportOptions.CharsetConverter.class,
            description = "The CSV files' encoding. Default: detected (byte-order mark, else UTF-8, else Windows-1252).")
    Charset encoding;

    @Option(names = "--separator", paramLabel = "CHAR", converter = ImportOptions.SeparatorConverter.class,
            description = "The CSV separator: ';' ',' 'tab' or '|'. Default: detected from the header.")
    Character separator;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The Excel sheet to read. Default: the first.")
    String sheet;

    @Mixin
    ScheduleSource schedule = new ScheduleSource();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (minCount < 1) {
            throw new UnusableInputException("--min-count must be at least 1, not " + minCount);
        }
        StatisticsReports reports = StatisticsReports.load();
        List<ReportPlugin> plugins = reports.choose(report);
        List<ReportFormat> chosen = formats.stream().flatMap(f -> reports.formats(f).stream()).distinct().toList();
        if (plugins.size() == 1) {
            chosen.stream().filter(f -> !plugins.get(0).formats().contains(f)).findFirst().ifPresent(f -> {
                throw new UnusableInputException("the '" + plugins.get(0).id() + "' report is not written as "
                        + f.extension());
            });
        }
        List<ImportInputs.Input> inputs = new ArrayList<>(List.of(new ImportInputs.Input(offers, RecordKind.OFFERS),
                new ImportInputs.Input(trainees, RecordKind.TRAINEES)));
        if (placements != null) {
            inputs.add(new ImportInputs.Input(placements, RecordKind.PLACEMENTS));
        }
        List<Path> inputFiles = new ArrayList<>(inputs.stream().map(ImportInputs.Input::path).toList());
        inputFiles.addAll(schedule.inputFiles());
        OutputTarget file = oneFile(plugins, chosen);
        if (file != null) {
            OutputTarget.refuseClashes(List.of(file), inputFiles);
            PrintWriter out = file.isStandardStream() ? err : spec.commandLine().getOut();
            int code = run(plugins, chosen, inputs, out, err, (plugin, format, cohort) -> file, new ArrayList<>());
            if (code == 0 && !file.isStandardStream()) {
                out.println(file.given());
            }
            return code;
        }
        try (OutputFolder folder = OutputFolder.open(output, reports::isReportFile, inputFiles)) {
            PrintWriter out = spec.commandLine().getOut();
            List<String> written = new ArrayList<>();
            int code = run(plugins, chosen, inputs, out, err, (plugin, format, cohort) -> OutputTarget.of(folder.file(
                    StatisticsReports.fileName(plugin, format, cohort, language))), written);
            if (code == 0) {
                folder.commit();
                written.forEach(name -> out.println(output.resolve(name)));
            }
            return code;
        }
    }

    /** Where each report goes. */
    @FunctionalInterface
    private interface Targets {
        OutputTarget of(ReportPlugin plugin, ReportFormat format, CohortYear cohort);
    }

    private int run(List<ReportPlugin> plugins, List<ReportFormat> chosen, List<ImportInputs.Input> inputs,
            PrintWriter out, PrintWriter err, Targets targets, List<String> written) {
        ImportOptions reading = ImportOptions.defaults(schedule, noProgress);
        reading.encoding = encoding;
        reading.separator = separator;
        reading.sheet = sheet;
        ImportInputs.Prepared prepared = ImportInputs.prepare(reading, inputs, err, language);
        StatisticsResult result = ImportInputs.translated(
                () -> StatisticsRun.of(prepared.run()).collect(prepared.files()));
        ImportSummary.print(out, result.imported(), language);
        int refusal = ImportInputs.refusal(err, result.imported().decision(acceptErrors, acceptUnread),
                "no report written", " (the reports then say so)");
        if (refusal != 0) {
            return refusal;
        }
        Statistics statistics = result.statistics();
        CohortYear cohort = schedule.cohort != null ? schedule.cohort
                : statistics.latestCohort().orElseThrow(() -> new UnusableInputException(
                        "the files hold no accepted record: nothing to report on"));
        ReportRequest base = ReportRequest.of(prepared.run().edition(), prepared.run().schedules())
                .withStatistics(statistics).withCohort(cohort).withLanguage(language).withMinCount(minCount);
        for (ReportPlugin plugin : plugins) {
            for (ReportInput input : plugin.inputs()) {
                if (!base.has(input)) {
                    throw new UnusableInputException("no report written: the '" + plugin.id() + "' report needs "
                            + input.description().en() + ", and the files hold no such record that was accepted");
                }
            }
        }
        for (ReportPlugin plugin : plugins) {
            for (ReportFormat format : chosen) {
                if (!plugin.formats().contains(format)) {
                    continue;
                }
                ReportRequest request = base.withFormat(format);
                OutputTarget target = targets.of(plugin, format, cohort);
                AtomicFile.write(target, stream -> plugin.render(request, stream));
                written.add(StatisticsReports.fileName(plugin, format, cohort, language));
            }
        }
        return 0;
    }

    /**
     * Returns the file of a single report in a single format, if the output names one ({@code -} or
     * a name ending with the format's extension); null if the reports go to a folder.
     */
    private OutputTarget oneFile(List<ReportPlugin> plugins, List<ReportFormat> chosen) {
        boolean one = plugins.size() == 1 && chosen.size() == 1;
        String text = output.toString();
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (one && (text.equals("-") || !Files.isDirectory(output) && name.endsWith("." + chosen.get(0).extension()))) {
            return OutputTarget.of(output);
        }
        if (text.equals("-")) {
            throw new UnusableInputException("standard output takes one report in one format: give --report and"
                    + " --format");
        }
        return null;
    }
}
