package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.cli.console.CodeConverters;
import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.files.AtomicFile;
import fr.cnfpt.inet.stages.cli.files.OutputFolder;
import fr.cnfpt.inet.stages.cli.files.OutputTarget;
import fr.cnfpt.inet.stages.cli.schedule.ScheduleSource;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportInput;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.statistics.Source;
import fr.cnfpt.inet.stages.reporting.statistics.Statistics;
import fr.cnfpt.inet.stages.reporting.statistics.StatisticsCollector;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inet stats}: reads offers, trainees and placements files with the importers found by
 * {@link java.util.ServiceLoader}, reports the import problems, computes the statistics in one pass,
 * then writes the statistics reports (report plugins {@code offers}, {@code placements},
 * {@code dashboard}) in the formats asked for: into a folder replaced as a whole
 * ({@link OutputFolder}, one run's reports only), or one report into one file.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Statistical reports on offers, trainees and placements: the offers report, the trainees and"
                + " placements report and the one-page dashboard, as PDF, XLSX, CSV, JSON or HTML.",
            "The files are checked first, as by 'inet validate'; no report is written from a file with errors unless"
                    + " --accept-errors (the reports then say how many rows were left out).",
            "Counts of trainees under --min-count are withheld (\"< 5\")."})
final class StatsCommand implements Callable<Integer> {

    @Option(names = "--offers", paramLabel = "FILE", required = true,
            description = "The offers file (.csv, .json, .jsonl or .xlsx).")
    Path offers;

    @Option(names = "--trainees", paramLabel = "FILE", required = true, description = "The trainees file.")
    Path trainees;

    @Option(names = "--placements", paramLabel = "FILE", description = "The placements file, if any.")
    Path placements;

    @Option(names = "--report", paramLabel = "offers|placements|dashboard|all", defaultValue = "all",
            description = "Which report to write (default: ${DEFAULT-VALUE}).")
    String report;

    @Option(names = "--format", paramLabel = "pdf|xlsx|csv|json|html", defaultValue = "pdf", split = ",",
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
        List<ReportPlugin> plugins = plugins();
        List<ReportFormat> chosen = formats.stream().flatMap(f -> formats(f).stream()).distinct().toList();
        List<ImportRun.Input> inputs = new ArrayList<>(List.of(new ImportRun.Input(offers, RecordKind.OFFERS),
                new ImportRun.Input(trainees, RecordKind.TRAINEES)));
        if (placements != null) {
            inputs.add(new ImportRun.Input(placements, RecordKind.PLACEMENTS));
        }
        List<Path> inputFiles = new ArrayList<>(inputs.stream().map(ImportRun.Input::path).toList());
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
        try (OutputFolder folder = OutputFolder.open(output, StatsCommand::isReportFile, inputFiles)) {
            PrintWriter out = spec.commandLine().getOut();
            List<String> written = new ArrayList<>();
            int code = run(plugins, chosen, inputs, out, err, (plugin, format, cohort) -> OutputTarget.of(folder.file(
                    fileName(plugin, format, cohort))), written);
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

    private int run(List<ReportPlugin> plugins, List<ReportFormat> chosen, List<ImportRun.Input> inputs,
            PrintWriter out, PrintWriter err, Targets targets, List<String> written) {
        ScheduleSource.Selection selection = schedule.select(err, language);
        StatisticsCollector collector = StatisticsCollector.of(selection.edition(), selection.schedules());
        Map<String, Source> sources = new HashMap<>();
        inputs.forEach(i -> sources.put(i.path().toString(), Source.valueOf(i.kind().name())));
        ImportOptions reading = ImportOptions.defaults(schedule, noProgress);
        reading.encoding = encoding;
        reading.separator = separator;
        reading.sheet = sheet;
        ImportRun.Result result = ImportRun.run(reading, inputs, err, language, new CollectingSink(collector, sources));
        for (FileReport file : result.files()) {
            Source source = Source.valueOf(file.kind().name());
            collector.rowsLeftOut(source, file.rejected());
            if (file.hasUnread() && file.unread().isCounted()) {
                collector.linesNotRead(source, file.unread().lines());
            }
        }
        ImportSummary.print(out, result, language);
        int refusal = result.refusal(err, "no report written", acceptErrors, acceptUnread,
                " (the reports then say so)");
        if (refusal != 0) {
            return refusal;
        }
        Statistics statistics = collector.finish();
        CohortYear cohort = schedule.cohort != null ? schedule.cohort
                : statistics.latestCohort().orElseThrow(() -> new UnusableInputException(
                        "the files hold no accepted record: nothing to report on"));
        ReportRequest base = ReportRequest.of(selection.edition(), selection.schedules()).withStatistics(statistics)
                .withCohort(cohort).withLanguage(language).withMinCount(minCount);
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
                ReportRequest request = base.withFormat(format);
                OutputTarget target = targets.of(plugin, format, cohort);
                AtomicFile.write(target, stream -> plugin.render(request, stream));
                written.add(fileName(plugin, format, cohort));
            }
        }
        return 0;
    }

    private List<ReportPlugin> plugins() {
        ReportRegistry registry = ReportRegistry.load();
        List<String> ids = report.equals("all") ? List.of("offers", "placements", "dashboard") : List.of(report);
        List<ReportPlugin> plugins = new ArrayList<>();
        for (String id : ids) {
            if (!List.of("offers", "placements", "dashboard").contains(id)) {
                throw new UnusableInputException("'" + report + "' is not a statistics report; accepted: offers,"
                        + " placements, dashboard, all");
            }
            plugins.add(registry.byId(id).orElseThrow(() -> new UnusableInputException("no report plugin '" + id
                    + "' on the class path; see inet plugins")));
        }
        return plugins;
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

    private String fileName(ReportPlugin plugin, ReportFormat format, CohortYear cohort) {
        return plugin.id() + "-" + cohort.year() + "-" + (cohort.year() + 1) + "-"
                + language.name().toLowerCase(Locale.ROOT) + "." + format.extension();
    }

    /** @return true for the files a folder of statistics reports holds: anything else in it is the user's */
    static boolean isReportFile(String name) {
        return name.matches("(offers|placements|dashboard)-\\d{4}-\\d{4}-(fr|en)\\.(pdf|xlsx|csv|json|html)");
    }

    /**
     * Counts each accepted record, and each problem by the kind of its file; rejected rows are counted
     * from the file reports.
     */
    private record CollectingSink(StatisticsCollector collector, Map<String, Source> sources)
            implements RowSink {

        @Override
        public void offer(long line, Offer offer) {
            collector.offer(offer);
        }

        @Override
        public void trainee(long line, Trainee trainee) {
            collector.trainee(trainee);
        }

        @Override
        public void placement(long line, Placement placement) {
            collector.placement(placement);
        }

        @Override
        public void problem(Problem problem) {
            collector.problem(source(problem), problem.code(), problem.severity());
        }

        @Override
        public void rejected(long line) {
            // Counted from the file reports, which know each file's kind.
        }

        private Source source(Problem problem) {
            return sources.getOrDefault(problem.file(), Source.PLACEMENTS);
        }
    }

    /** Reads pdf, xlsx, csv, json, html or all, in any case. */
    private static List<ReportFormat> formats(String value) {
        if (value.strip().equalsIgnoreCase("all")) {
            return List.of(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.JSON, ReportFormat.HTML);
        }
        return List.of(ReportFormat.ofCode(value).filter(f -> f != ReportFormat.DOCX).orElseThrow(
                () -> new UnusableInputException("'" + value + "' is not a statistics format; accepted: pdf, xlsx, csv,"
                        + " json, html, all")));
    }
}
