package fr.cnfpt.inet.stages.cli.dataset;

import fr.cnfpt.inet.stages.cli.console.Progress;
import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.files.FileKinds;
import fr.cnfpt.inet.stages.cli.files.InputFiles;
import fr.cnfpt.inet.stages.cli.files.StandardInput;
import fr.cnfpt.inet.stages.cli.schedule.ScheduleSource;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.run.ImportFile;
import fr.cnfpt.inet.stages.importer.run.ImportResult;
import fr.cnfpt.inet.stages.importer.run.ImportRun;
import fr.cnfpt.inet.stages.importer.run.ReadingProgress;
import fr.cnfpt.inet.stages.importer.run.UnusableFileException;
import fr.cnfpt.inet.stages.importer.run.WriteDecision;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The command's side of the library's {@link ImportRun}: turns the options and the files named on
 * the command line (standard input included) into {@link ImportFile}s, draws the progress bar, and
 * says in the command's words why a file could not be used or why nothing is written.
 */
public final class ImportInputs {

    /** A file named on the command line and what it holds. */
    public record Input(Path path, RecordKind kind) {
    }

    /** The files of a run, ready for the library, and the files on disk they are read from, by name. */
    record Sources(List<ImportFile> files, Map<String, Path> paths) {
    }

    private ImportInputs() {
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

    /** Reads and checks the files named by the options, their kinds told by {@code --kind} or their names. */
    static ImportResult run(ImportOptions options, PrintWriter err, Language language, RowSink sink) {
        return run(options, inputs(options), err, language, sink);
    }

    /** Reads and checks files whose kinds are known, in the order offers, trainees, placements. */
    static ImportResult run(ImportOptions options, List<Input> inputs, PrintWriter err, Language language,
            RowSink sink) {
        Prepared prepared = prepare(options, inputs, err, language);
        return translated(() -> prepared.run().read(prepared.files(), sink));
    }

    /** The library's run, set up with the options and the progress bar, and the files it is to read. */
    public record Prepared(ImportRun run, List<ImportFile> files) {
    }

    /**
     * Checks that the files can be read, selects the edition and the calendar (printing the
     * calendar file's problems), then sets up the library's run with the reading options and a
     * progress bar per file.
     *
     * @param options  the reading options (encoding, limits, calendar); its files are ignored
     * @param inputs  the files and their kinds
     * @return the run and its files, not null
     */
    public static Prepared prepare(ImportOptions options, List<Input> inputs, PrintWriter err, Language language) {
        inputs.stream().filter(input -> !StandardInput.is(input.path()))
                .forEach(input -> InputFiles.requireReadable(input.path()));
        ScheduleSource.Selection selection = options.schedule.select(err, language);
        ImportRun run = ImportRun.of(selection.edition(), selection.schedules()).withOptions(options.reading());
        Sources sources = sources(options, inputs);
        return new Prepared(run.withProgress(progress(sources, !options.noProgress)), sources.files());
    }

    /**
     * Runs a read of the library, saying in the command's words why a file could not be used.
     *
     * @param read  the read, not null
     * @return what it returns
     * @throws UnusableInputException if a file has no importer or cannot be opened
     */
    public static <R> R translated(Supplier<R> read) {
        try {
            return read.get();
        } catch (UnusableFileException e) {
            throw new UnusableInputException(e.getMessage());
        }
    }

    /**
     * Turns the files named on the command line into the library's files: standard input is read
     * into a temporary file, and its importer told from its first bytes unless {@code --importer}.
     */
    private static Sources sources(ImportOptions options, List<Input> inputs) {
        List<Input> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparing(Input::kind));
        List<ImportFile> files = new ArrayList<>();
        Map<String, Path> sources = new HashMap<>();
        for (Input input : sorted) {
            String name = input.path().toString();
            if (StandardInput.is(input.path())) {
                Path spooled = StandardInput.spool();
                ImportFile file = ImportFile.of(name, () -> Files.newInputStream(spooled), input.kind());
                files.add(options.importer != null ? file : file.withImporter(StandardInput.importer(spooled)));
                sources.put(name, spooled);
            } else {
                files.add(ImportFile.of(input.path(), input.kind()));
                sources.put(name, input.path());
            }
        }
        return new Sources(files, sources);
    }

    /**
     * Returns the progress bar of each file read: drawn on a terminal, for large files, unless
     * {@code --no-progress}.
     */
    private static ReadingProgress progress(Sources sources, boolean wanted) {
        return file -> Progress.start(file.name(), Files.size(sources.paths().get(file.name())), wanted);
    }

    /**
     * Says on the error stream why what was read is not written, if it is not.
     *
     * @param err  where to say why
     * @param decision  the library's decision, not null
     * @param nothingWritten  what is not written, such as "nothing written"
     * @param leftOut  what leaving rows out means, said after "--accept-errors to leave the rejected rows out"
     * @return 0 if it may be written, 2 if a file could not be read, 1 if errors were found or part of a
     *     file was not read, and that was not accepted
     */
    public static int refusal(PrintWriter err, WriteDecision decision, String nothingWritten, String leftOut) {
        if (decision instanceof WriteDecision.Unusable unusable) {
            err.println("inet: " + nothingWritten + ": " + unusable(unusable.files()) + " (see the problems above)");
            return 2;
        }
        if (decision instanceof WriteDecision.NotReadToEnd unread) {
            err.println("inet: " + nothingWritten + ": " + unread.file().file() + " was not read from line "
                    + unread.file().unread().fromLine() + " on ("
                    + ImportSummary.unreadLines(unread.file().unread(), Language.EN)
                    + "); correct it, or give --accept-unread to leave those lines out" + leftOut);
            return 1;
        }
        if (decision instanceof WriteDecision.ErrorsFound errors) {
            err.println("inet: " + nothingWritten + ": " + errors.errors() + " error(s); correct them, or give"
                    + " --accept-errors to leave the rejected rows out" + leftOut);
            return 1;
        }
        return 0;
    }

    /** @return which files could not be read at all, in a few words */
    static String unusable(List<String> files) {
        return String.join(", ", files) + " could not be read";
    }

    private static List<Input> inputs(ImportOptions options) {
        List<Input> inputs = new ArrayList<>();
        for (Path path : options.files) {
            boolean standard = StandardInput.is(path);
            if (!standard) {
                InputFiles.requireReadable(path);
            }
            RecordKind kind = options.kind != null ? options.kind
                    : (standard ? Optional.<RecordKind>empty() : FileKinds.fromName(path.getFileName()
                            .toString())).orElseThrow(() -> new UnusableInputException("cannot tell what "
                                    + (standard ? "standard input" : path) + " holds from its name; give --kind offers,"
                                    + " trainees, placements, wishes or exclusions"));
            inputs.add(new Input(path, kind));
        }
        inputs.sort(Comparator.comparing(Input::kind));
        return inputs;
    }
}
