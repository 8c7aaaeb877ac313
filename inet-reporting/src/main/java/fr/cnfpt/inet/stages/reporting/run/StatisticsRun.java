package fr.cnfpt.inet.stages.reporting.run;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.importer.run.ImportFile;
import fr.cnfpt.inet.stages.importer.run.ImportResult;
import fr.cnfpt.inet.stages.importer.run.ImportRun;
import fr.cnfpt.inet.stages.importer.run.UnusableFileException;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import fr.cnfpt.inet.stages.reporting.statistics.Source;
import fr.cnfpt.inet.stages.reporting.statistics.StatisticsCollector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The statistics of files of offers, trainees and placements, as {@code inet stats} computes them:
 * the files are read and checked by an {@link ImportRun}, and the records accepted are counted in
 * one pass, with the problems, the rows left out and the lines not read. A statistics plugin then
 * writes any report from the result:
 * <pre>{@code
 * StatisticsResult result = StatisticsRun.of(edition, schedules).collect(List.of(
 *         ImportFile.of(Path.of("offres.xlsx"), RecordKind.OFFERS),
 *         ImportFile.of(Path.of("eleves.csv"), RecordKind.TRAINEES)));
 * if (result.imported().decision(false, false).allowed()) {
 *     ReportPlugin dashboard = ReportRegistry.load().ofFamily(ReportFamily.STATISTICS).get(0);
 *     dashboard.render(ReportRequest.of(edition, schedules).withStatistics(result.statistics())
 *             .withFormat(ReportFormat.JSON), out);
 * }
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: each {@link #collect} is a run of its own.
 */
public final class StatisticsRun {

    private final ImportRun imports;

    private StatisticsRun(ImportRun imports) {
        this.imports = Objects.requireNonNull(imports, "imports");
    }

    /**
     * Obtains a run reading with the importers found by {@link java.util.ServiceLoader} and the
     * default reading options.
     *
     * @param edition  the edition whose rules apply, not null
     * @param schedules  the calendar of the cohorts, not null
     * @return the run, not null
     */
    public static StatisticsRun of(Edition edition, Schedules schedules) {
        return new StatisticsRun(ImportRun.of(edition, schedules));
    }

    /**
     * Obtains a run reading with an import run: its edition, calendar, importers, options and
     * progress hook.
     *
     * @param imports  the import run, not null
     * @return the run, not null
     */
    public static StatisticsRun of(ImportRun imports) {
        return new StatisticsRun(imports);
    }

    /**
     * Reads and checks the files, then counts what was accepted.
     *
     * @param files  the files of offers, trainees and placements, in any order, not null
     * @return the import's result and the statistics, not null
     * @throws UnusableFileException if a file has no importer or cannot be opened
     */
    public StatisticsResult collect(List<ImportFile> files) {
        StatisticsCollector collector = StatisticsCollector.of(imports.edition(), imports.schedules());
        Map<String, Source> sources = new HashMap<>();
        files.forEach(file -> sources.put(file.name(), source(file.kind())));
        ImportResult result = imports.read(files, new CollectingSink(collector, sources));
        for (FileReport file : result.files()) {
            Source source = source(file.kind());
            collector.rowsLeftOut(source, file.rejected());
            if (file.hasUnread() && file.unread().isCounted()) {
                collector.linesNotRead(source, file.unread().lines());
            }
        }
        return new StatisticsResult(result, collector.finish());
    }

    private static Source source(RecordKind kind) {
        return Source.valueOf(kind.name());
    }
}
