package fr.cnfpt.inet.stages.cli.dataset;

import fr.cnfpt.inet.stages.cli.console.CodeConverters;
import fr.cnfpt.inet.stages.cli.console.UnusableInputException;
import fr.cnfpt.inet.stages.cli.files.OutputFolder;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.dataset.DatasetFiles;
import fr.cnfpt.inet.stages.importer.dataset.DatasetWriter;
import fr.cnfpt.inet.stages.importer.run.ImportResult;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inet import}: checks files like {@code inet validate}, then writes the accepted records as
 * a normalised dataset (one JSON Lines file per kind) for the reports. The folder is replaced as a
 * unit ({@link OutputFolder}): it holds one run's complete dataset, never a mix of two runs.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check files of offers, trainees or placements, then write the accepted records as a"
                + " normalised dataset.", "Files written: offers.jsonl, trainees.jsonl, placements.jsonl and"
                + " import-report.json.",
                "Nothing is written if a file has errors, unless --accept-errors. Same files, same bytes."})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ImportOptions input = new ImportOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dataset",
            description = "The dataset's folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--accept-errors",
            description = "Write the dataset even if rows were rejected: they are left out, and the report says why.")
    boolean acceptErrors;

    @Option(names = "--accept-unread",
            description = "Write the dataset even if part of a file could not be read (an unclosed quote, a truncated"
                    + " file): those lines are left out, and the report counts them.")
    boolean acceptUnread;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            converter = CodeConverters.LanguageConverter.class,
            description = "Language of the messages: fr or en (default: ${DEFAULT-VALUE}).")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RecordKind> kinds = ImportInputs.kinds(input);
        try (OutputFolder folder = OutputFolder.open(output, ImportCommand::isDatasetFile, ImportInputs.inputFiles(input))) {
            Map<RecordKind, DatasetWriter> writers = new EnumMap<>(RecordKind.class);
            ImportResult result;
            try {
                for (RecordKind kind : kinds) {
                    writers.put(kind, DatasetWriter.on(new BufferedOutputStream(
                            Files.newOutputStream(folder.file(DatasetFiles.of(kind))), 1 << 16)));
                }
                DatasetSink sink = new DatasetSink(writers);
                result = ImportInputs.run(input, err, language, sink);
                sink.requireWritten();
                for (DatasetWriter writer : writers.values()) {
                    writer.close();
                }
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
                throw new UnusableInputException("cannot write the dataset in " + output + ": "
                        + IoFailures.describe(cause));
            } finally {
                writers.values().forEach(ImportCommand::closeQuietly);
            }
            ImportSummary.print(out, result, language);
            int refusal = ImportInputs.refusal(err, result.decision(acceptErrors, acceptUnread), "nothing written", "");
            if (refusal != 0) {
                return refusal;
            }
            ValidationReport.write(folder.file(DatasetFiles.REPORT), result, language);
            folder.commit();
            out.println("inet: dataset written to " + output + " ("
                    + String.join(", ", kinds.stream().map(DatasetFiles::of).toList()) + ", "
                    + DatasetFiles.REPORT + ")");
            return 0;
        }
    }

    /** @return true for the files a dataset folder holds: anything else in it is the user's */
    static boolean isDatasetFile(String name) {
        return name.equals(DatasetFiles.REPORT)
                || java.util.Arrays.stream(RecordKind.values()).map(DatasetFiles::of).anyMatch(name::equals);
    }

    private static void closeQuietly(DatasetWriter writer) {
        try {
            writer.close();
        } catch (IOException ignored) {
            // the folder is dropped
        }
    }

    /**
     * Writes each accepted record to its kind's file. A failure to write (a full disk) is kept, not
     * thrown: the importer calling this sink must not take it for a fault of the file it reads.
     */
    private static final class DatasetSink implements RowSink {

        private final Map<RecordKind, DatasetWriter> writers;
        private IOException failure;

        DatasetSink(Map<RecordKind, DatasetWriter> writers) {
            this.writers = writers;
        }

        @Override
        public void offer(long line, Offer offer) {
            if (failure == null) {
                try {
                    writers.get(RecordKind.OFFERS).write(offer);
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void trainee(long line, Trainee trainee) {
            if (failure == null) {
                try {
                    writers.get(RecordKind.TRAINEES).write(trainee);
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void placement(long line, Placement placement) {
            if (failure == null) {
                try {
                    writers.get(RecordKind.PLACEMENTS).write(placement);
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void wish(long line, Wish wish) {
            if (failure == null) {
                try {
                    writers.get(RecordKind.WISHES).write(wish);
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void exclusion(long line, Exclusion exclusion) {
            if (failure == null) {
                try {
                    writers.get(RecordKind.EXCLUSIONS).write(exclusion);
                } catch (IOException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void problem(Problem problem) {
        }

        @Override
        public void rejected(long line) {
        }

        /** Throws the first failure to write, if any. */
        void requireWritten() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
