package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.stats.Source;
import fr.cnfpt.inet.stages.reporting.stats.Statistics;
import fr.cnfpt.inet.stages.reporting.stats.StatisticsCollector;
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
 * {@code dashboard}) in the formats asked for, each file atomically.
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

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE",
            description = "The folder to write the reports in (default: the current folder), or the file, for one"
                    + " report in one format.")
    Path output;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "" + ReportRequest.DEFAULT_MIN_COUNT,
            description = "Privacy threshold: counts of trainees from 1 to N-1 are shown as \"< N\""
                    + " (default: ${DEFAULT-VALUE}; 1 shows all).")
    int minCount;

    @Option(names = "--accept-errors",
            description = "Write the reports even if rows were rejected: they are left out, and the reports say so.")
    boolean acceptErrors;

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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (minCount < 1) {
            throw new UnusableInputException("--min-count must be at least 1, not " + minCount);
        }
        List<ReportPlugin> plugins = plugins();
        List<ReportFormat> chosen = formats.stream().flatMap(f -> formats(f).stream()).distinct().toList();
        ScheduleSource.Selection selection = schedule.select(err, language);
        StatisticsCollector collector = StatisticsCollector.of(selection.edition(), selection.schedules());
        List<ImportRun.Input> inputs = new ArrayList<>(List.of(new ImportRun.Input(offers, RecordKind.OFFERS),
                new ImportRun.Input(trainees, RecordKind.TRAINEES)));
        if (placements != null) {
            inputs.add(new ImportRun.Input(placements, RecordKind.PLACEMENTS));
        }
        Map<String, Source> sources = new HashMap<>();
        inputs.forEach(i -> sources.put(i.path().toString(), Source.valueOf(i.kind().name())));
        ImportOptions reading = ImportOptions.defaults(schedule, noProgress);
        reading.encoding = encoding;
        reading.separator = separator;
        reading.sheet = sheet;
        ImportRun.Result result = ImportRun.run(reading, inputs, err, language, new CollectingSink(collector, sources));
        result.files().forEach(f -> collector.rowsLeftOut(Source.valueOf(f.kind().name()), f.rejected()));
        ImportSummary.print(out, result, language);
        int refusal = result.refusal(err, "no report written", acceptErrors, " (the reports then say so)");
        if (refusal != 0) {
            return refusal;
        }
        Statistics statistics = collector.finish();
        CohortYear cohort = schedule.cohort != null ? schedule.cohort
                : statistics.latestCohort().orElseThrow(() -> new UnusableInputException(
                        "the files hold no accepted record: nothing to report on"));
        ReportRequest base = ReportRequest.of(selection.edition(), selection.schedules()).withStatistics(statistics)
                .withCohort(cohort).withLanguage(language).withMinCount(minCount);
        List<Path> targets = targets(plugins, chosen, cohort);
        int index = 0;
        for (ReportPlugin plugin : plugins) {
            for (ReportFormat format : chosen) {
                ReportRequest request = base.withFormat(format);
                Path target = targets.get(index++);
                AtomicFile.write(target, stream -> plugin.render(request, stream));
                out.println(target);
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

    private List<Path> targets(List<ReportPlugin> plugins, List<ReportFormat> chosen, CohortYear cohort) {
        boolean one = plugins.size() == 1 && chosen.size() == 1;
        if (output != null && one && !Files.isDirectory(output)
                && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + chosen.get(0).extension())) {
            return List.of(output);
        }
        Path folder = output != null ? output : Path.of("");
        if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
            throw new UnusableInputException(output + " is a file: give a folder for several reports or formats");
        }
        List<Path> targets = new ArrayList<>();
        for (ReportPlugin plugin : plugins) {
            for (ReportFormat format : chosen) {
                targets.add(folder.resolve(plugin.id() + "-" + cohort.year() + "-" + (cohort.year() + 1) + "-"
                        + language.name().toLowerCase(Locale.ROOT) + "." + format.extension()));
            }
        }
        return targets;
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
