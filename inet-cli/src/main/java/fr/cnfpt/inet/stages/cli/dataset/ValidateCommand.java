package fr.cnfpt.inet.stages.cli.dataset;

import fr.cnfpt.inet.stages.cli.console.CodeConverters;
import fr.cnfpt.inet.stages.cli.files.OutputTarget;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.run.ImportResult;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inet validate}: checks files of offers, trainees and placements, writing nothing else. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check files of offers, trainees or placements against every rule of the brochure and the"
                + " cohort's calendar.", "Every row is accepted or reported: rows read = accepted + rejected.",
                "Exit 0 without errors (warnings allowed), 1 with errors, 2 for unusable input."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ImportOptions input = new ImportOptions();

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write every error, one per line, to this CSV file ('-' for standard output).")
    Path rejects;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write the full report to this JSON file ('-' for standard output).")
    Path report;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            converter = CodeConverters.LanguageConverter.class,
            description = "Language of the messages: fr or en (default: ${DEFAULT-VALUE}).")
    Language language;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        OutputTarget rejectsTarget = rejects == null ? null : OutputTarget.of(rejects);
        OutputTarget reportTarget = report == null ? null : OutputTarget.of(report);
        List<OutputTarget> outputs = Stream.of(rejectsTarget, reportTarget).filter(Objects::nonNull).toList();
        OutputTarget.refuseClashes(outputs, ImportInputs.inputFiles(input));
        // With a report on standard output, the summary goes to standard error.
        PrintWriter out = outputs.stream().anyMatch(OutputTarget::isStandardStream) ? err : spec.commandLine().getOut();
        try (RejectsCsv rejectsCsv = rejectsTarget == null ? null : RejectsCsv.open(rejectsTarget, language)) {
            ImportResult result = ImportInputs.run(input, err, language, new RowSink() {
                @Override
                public void offer(long line, Offer offer) {
                }

                @Override
                public void trainee(long line, Trainee trainee) {
                }

                @Override
                public void placement(long line, Placement placement) {
                }

                @Override
                public void wish(long line, Wish wish) {
                }

                @Override
                public void exclusion(long line, Exclusion exclusion) {
                }

                @Override
                public void problem(Problem problem) {
                    if (rejectsCsv != null) {
                        rejectsCsv.add(problem);
                    }
                }

                @Override
                public void rejected(long line) {
                }
            });
            if (rejectsCsv != null) {
                result.datasetProblems().forEach(rejectsCsv::add);
                rejectsCsv.commit();
            }
            if (reportTarget != null) {
                ValidationReport.write(reportTarget, result, language);
            }
            ImportSummary.print(out, result, language);
            if (result.anyUnusable()) {
                err.println("inet: " + ImportInputs.unusable(result.unusableFiles()) + " (see the problems above)");
                return 2;
            }
            return result.errors() > 0 || strict && result.warnings() > 0 ? 1 : 0;
        }
    }
}
