package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.dataset.DatasetFiles;
import fr.cnfpt.inet.stages.importer.dataset.DatasetWriter;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inet import}: checks files like {@code inet validate}, then writes the accepted records as
 * a normalised dataset (one JSON Lines file per kind) for the reports. Every file is written to a
 * temporary file and published only once all are complete.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check files of offers, trainees or placements, then write the accepted records as a"
                + " normalised dataset.", "Files written: offers.jsonl, trainees.jsonl, placements.jsonl and"
                + " import-report.json.",
                "Nothing is written if a file has errors, unless --accept-errors. Same files, same bytes."})
final class ImportCommand implements Callable<Integer> {

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

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            converter = CodeConverters.LanguageConverter.class,
            description = "Language of the messages: fr or en (default: ${DEFAULT-VALUE}).")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<RecordKind, AtomicOutput> outputs = new EnumMap<>(RecordKind.class);
        Map<RecordKind, DatasetWriter> writers = new EnumMap<>(RecordKind.class);
        try {
            for (RecordKind kind : ImportRun.kinds(input)) {
                AtomicOutput file = AtomicOutput.open(output.resolve(DatasetFiles.of(kind)));
                outputs.put(kind, file);
                writers.put(kind, DatasetWriter.on(file.stream()));
            }
            ImportRun.Result result = ImportRun.run(input, err, language, new DatasetSink(writers));
            for (DatasetWriter writer : writers.values()) {
                writer.close();
            }
            ImportSummary.print(out, result, language);
            int refusal = result.refusal(err, "nothing written", acceptErrors, "");
            if (refusal != 0) {
                return refusal;
            }
            outputs.values().forEach(AtomicOutput::commit);
            ValidationReport.write(output.resolve(DatasetFiles.REPORT), result, language);
            out.println("inet: dataset written to " + output + " ("
                    + String.join(", ", outputs.keySet().stream().map(DatasetFiles::of).toList()) + ", "
                    + DatasetFiles.REPORT + ")");
            return 0;
        } catch (IOException e) {
            throw new UnusableInputException("cannot write the dataset in " + output + ": " + e.getMessage());
        } finally {
            outputs.values().forEach(AtomicOutput::close);
        }
    }

    /** Writes each accepted record to its kind's file. */
    private record DatasetSink(Map<RecordKind, DatasetWriter> writers) implements RowSink {

        @Override
        public void offer(long line, Offer offer) {
            try {
                writers.get(RecordKind.OFFERS).write(offer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void trainee(long line, Trainee trainee) {
            try {
                writers.get(RecordKind.TRAINEES).write(trainee);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void placement(long line, Placement placement) {
            try {
                writers.get(RecordKind.PLACEMENTS).write(placement);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void problem(Problem problem) {
        }

        @Override
        public void rejected(long line) {
        }
    }
}
