package fr.cnfpt.inet.stages.importer.run;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import fr.cnfpt.inet.stages.importer.validation.UnknownFormatException;
import fr.cnfpt.inet.stages.importer.validation.Validation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads and checks files of offers, trainees, placements, wishes and exclusions, as {@code inet validate} does: each
 * file with its importer, every record against the edition's rules and the cohort's calendar, and
 * across files (duplicates, placements against the offers and trainees read, collective-project
 * teams, a trainee's wishes, exclusions naming trainees of the run). Offers are read first, then
 * trainees, then placements, then wishes, then exclusions, whatever the order given.
 * <pre>{@code
 * ImportResult result = ImportRun.of(edition, schedules)
 *         .read(List.of(ImportFile.of(Path.of("offres.csv"), RecordKind.OFFERS)), sink);
 * if (result.decision(false, false).allowed()) { ... }
 * }</pre>
 * The records that pass every check, every problem and every rejected row go to the caller's
 * {@link RowSink}. Nothing is printed.
 * <p>
 * This class is immutable and thread-safe: each {@link #read} is a run of its own.
 */
public final class ImportRun {

    private final Edition edition;
    private final Schedules schedules;
    private final ImporterRegistry importers;
    private final ReadingOptions options;
    private final ReadingProgress progress;

    private ImportRun(Edition edition, Schedules schedules, ImporterRegistry importers, ReadingOptions options,
            ReadingProgress progress) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.importers = Objects.requireNonNull(importers, "importers");
        this.options = Objects.requireNonNull(options, "options");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Obtains a run with the importers found by {@link java.util.ServiceLoader}, the default
     * options and no progress hook.
     *
     * @param edition  the edition whose rules apply, not null
     * @param schedules  the calendar of the cohorts, not null
     * @return the run, not null
     */
    public static ImportRun of(Edition edition, Schedules schedules) {
        return new ImportRun(edition, schedules, ImporterRegistry.load(), ReadingOptions.defaults(),
                ReadingProgress.none());
    }

    /**
     * Returns a copy reading with other importers.
     *
     * @param registry  the importers, not null
     * @return the run, not null
     */
    public ImportRun withImporters(ImporterRegistry registry) {
        return new ImportRun(edition, schedules, registry, options, progress);
    }

    /**
     * Returns a copy reading with other options.
     *
     * @param reading  the options, not null
     * @return the run, not null
     */
    public ImportRun withOptions(ReadingOptions reading) {
        return new ImportRun(edition, schedules, importers, reading, progress);
    }

    /**
     * Returns a copy telling a hook when each file is read.
     *
     * @param hook  the hook, not null
     * @return the run, not null
     */
    public ImportRun withProgress(ReadingProgress hook) {
        return new ImportRun(edition, schedules, importers, options, hook);
    }

    /** @return the edition whose rules apply, not null */
    public Edition edition() {
        return edition;
    }

    /** @return the calendar of the cohorts, not null */
    public Schedules schedules() {
        return schedules;
    }

    /** @return the hook told when each file is read, not null */
    public ReadingProgress progress() {
        return progress;
    }

    /** @return the reading options, not null */
    public ReadingOptions options() {
        return options;
    }

    /**
     * Reads and checks files: offers first, then trainees, then placements (checked against them).
     *
     * @param files  the files, in any order, not null
     * @param sink  receives the accepted records, the problems and the rejected rows, not null
     * @return what the run found, not null
     * @throws UnusableFileException if a file has no importer or cannot be opened; the files after it
     *     are not read
     */
    public ImportResult read(List<ImportFile> files, RowSink sink) {
        Objects.requireNonNull(sink, "sink");
        List<ImportFile> inputs = new ArrayList<>(files);
        inputs.sort(Comparator.comparing(ImportFile::kind));
        Validation validation = Validation.of(edition, schedules, importers).withMaxProblems(options.maxProblems());
        if (inputs.stream().anyMatch(file -> file.kind() == RecordKind.PLACEMENTS || file.kind() == RecordKind.WISHES
                || file.kind() == RecordKind.EXCLUSIONS)) {
            validation.withPlacementsChecked();
        }
        List<FileReport> reports = new ArrayList<>();
        for (ImportFile file : inputs) {
            reports.add(read(validation, file, sink));
        }
        return new ImportResult(reports, validation.finish());
    }

    private FileReport read(Validation validation, ImportFile file, RowSink sink) {
        String importer = file.importer().or(options::importer).orElse(null);
        try (ReadingProgress.FileProgress watch = progress.start(file)) {
            return validation.check(options.request(file, () -> watch.track(file.content().open())), importer, sink);
        } catch (UnknownFormatException e) {
            throw new UnusableFileException(file.name(), e.getMessage(), e);
        } catch (IOException e) {
            throw new UnusableFileException(file.name(), "cannot read " + file.name() + ": " + IoFailures.describe(e),
                    e);
        }
    }
}
