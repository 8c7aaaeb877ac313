package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.cli.console.Progress;
import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.files.FileKinds;
import fr.cnfpt.inet.stages.cli.files.InputFiles;
import fr.cnfpt.inet.stages.cli.files.StandardInput;
import fr.cnfpt.inet.stages.cli.schedule.ScheduleSource;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import fr.cnfpt.inet.stages.importer.validation.UnknownFormatException;
import fr.cnfpt.inet.stages.importer.validation.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and checks a set of files with the importers found by {@link java.util.ServiceLoader}:
 * offers first, then trainees, then placements, so that placements are checked against them.
 */
final class ImportRun {

    /** What the run found. */
    record Result(List<FileReport> files, List<Problem> datasetProblems) {

        long errors() {
            return files.stream().mapToLong(FileReport::errors).sum()
                    + datasetProblems.stream().filter(Problem::isError).count();
        }

        long warnings() {
            return files.stream().mapToLong(FileReport::warnings).sum()
                    + datasetProblems.stream().filter(p -> !p.isError()).count();
        }

        boolean anyUnusable() {
            return files.stream().anyMatch(FileReport::isUnusable);
        }

        /** @return which files could not be read at all, in a few words */
        String unusable() {
            List<String> names = files.stream().filter(FileReport::isUnusable).map(FileReport::file).toList();
            return String.join(", ", names) + " could not be read";
        }

        /** @return the lines of the files' unread parts; -1 if one of them is not counted */
        long unreadLines() {
            long lines = 0;
            for (FileReport file : files) {
                if (file.hasUnread()) {
                    if (!file.unread().isCounted()) {
                        return -1;
                    }
                    lines += file.unread().lines();
                }
            }
            return lines;
        }

        /**
         * Decides whether what was read may be written (a dataset, reports), and if not says why on
         * the error stream.
         *
         * @param err  where to say why
         * @param nothingWritten  what is not written, such as "nothing written"
         * @param acceptErrors  true if rows rejected by errors may be left out
         * @param acceptUnread  true if the unread part of a file may be left out too
         * @param leftOut  what leaving them out means, said after "--accept-errors to leave the rejected rows out"
         * @return 0 if it may be written, 2 if a file could not be read, 1 if errors were found or part of a
         *     file was not read, and that was not accepted
         */
        int refusal(PrintWriter err, String nothingWritten, boolean acceptErrors, boolean acceptUnread,
                String leftOut) {
            if (anyUnusable()) {
                err.println("inet: " + nothingWritten + ": " + unusable() + " (see the problems above)");
                return 2;
            }
            if (!acceptUnread) {
                for (FileReport file : files) {
                    if (file.hasUnread()) {
                        err.println("inet: " + nothingWritten + ": " + file.file() + " was not read from line "
                                + file.unread().fromLine() + " on (" + ImportSummary.unreadLines(file.unread(), Language.EN)
                                + "); correct it, or give --accept-unread to leave those lines out" + leftOut);
                        return 1;
                    }
                }
            }
            if (errors() > 0 && !acceptErrors) {
                err.println("inet: " + nothingWritten + ": " + errors() + " error(s); correct them, or give"
                        + " --accept-errors to leave the rejected rows out" + leftOut);
                return 1;
            }
            return 0;
        }

        boolean has(RecordKind kind) {
            return files.stream().anyMatch(f -> f.kind() == kind);
        }
    }

    /** A file to read and what it holds. */
    record Input(Path path, RecordKind kind) {
    }

    private ImportRun() {
    }

    /**
     * Lists the files a run reads, to check that no output replaces one of them.
     *
     * @param options  the options, not null
     * @return the input files: the files, the calendar and the edition, not null
     */
    static List<Path> inputFiles(ImportOptions options) {
        List<Path> files = new ArrayList<>(options.files);
        files.addAll(options.schedule.inputFiles());
        return files;
    }

    static List<RecordKind> kinds(ImportOptions options) {
        return inputs(options).stream().map(Input::kind).distinct().toList();
    }

    static Result run(ImportOptions options, PrintWriter err, Language language, RowSink downstream) {
        return run(options, inputs(options), err, language, downstream);
    }

    /**
     * Reads files whose kinds are known, in the order offers, trainees, placements.
     *
     * @param options  the reading options (encoding, limits, calendar); its files are ignored
     * @param files  the files and their kinds
     */
    static Result run(ImportOptions options, List<Input> files, PrintWriter err, Language language,
            RowSink downstream) {
        List<Input> inputs = new ArrayList<>(files);
        inputs.stream().filter(input -> !StandardInput.is(input.path()))
                .forEach(input -> InputFiles.requireReadable(input.path()));
        inputs.sort(Comparator.comparing(Input::kind));
        ScheduleSource.Selection selection = options.schedule.select(err, language);
        Validation validation = Validation.of(selection.edition(), selection.schedules(), ImporterRegistry.load())
                .withMaxProblems(options.maxProblems);
        if (inputs.stream().anyMatch(i -> i.kind() == RecordKind.PLACEMENTS)) {
            validation.withPlacementsChecked();
        }
        List<FileReport> reports = new ArrayList<>();
        for (Input input : inputs) {
            String name = input.path().toString();
            boolean standard = StandardInput.is(input.path());
            Path source = standard ? StandardInput.spool() : input.path();
            String importer = options.importer != null || !standard ? options.importer : StandardInput.importer(source);
            try (Progress progress = Progress.start(name, Files.size(source), !options.noProgress)) {
                ImportRequest request = ImportRequest.of(name, () -> progress.track(Files.newInputStream(source)),
                                input.kind())
                        .withEncoding(options.encoding).withSeparator(options.separator).withSheet(options.sheet)
                        .withCohort(options.schedule.cohort).withLimits(options.limits());
                reports.add(validation.check(request, importer, downstream));
            } catch (UnknownFormatException e) {
                throw new UnusableInputException(e.getMessage());
            } catch (IOException e) {
                throw new UnusableInputException("cannot read " + name + ": " + IoFailures.describe(e));
            }
        }
        return new Result(reports, validation.finish());
    }

    private static List<Input> inputs(ImportOptions options) {
        List<Input> inputs = new ArrayList<>();
        for (Path path : options.files) {
            boolean standard = StandardInput.is(path);
            if (!standard) {
                InputFiles.requireReadable(path);
            }
            RecordKind kind = options.kind != null ? options.kind
                    : (standard ? java.util.Optional.<RecordKind>empty() : FileKinds.fromName(path.getFileName()
                            .toString())).orElseThrow(() -> new UnusableInputException("cannot tell what "
                                    + (standard ? "standard input" : path) + " holds from its name; give --kind offers,"
                                    + " trainees or placements"));
            inputs.add(new Input(path, kind));
        }
        inputs.sort(Comparator.comparing(Input::kind));
        return inputs;
    }
}
