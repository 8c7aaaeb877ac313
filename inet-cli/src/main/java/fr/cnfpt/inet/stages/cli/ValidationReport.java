package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --report} JSON of {@code inet validate} and {@code inet import}: per file its totals
 * and problems, then the dataset's problems (collective-project teams) and the run's totals.
 * Fields may be added; none is renamed (see docs/formats.md).
 */
final class ValidationReport {

    record ProblemView(long line, String column, String cell, String field, String value, String code,
            String severity, String message) {
    }

    record FileView(String file, String kind, String format, String encoding, long rows, long accepted,
            long rejected, long errors, long warnings, boolean complete, long problemsOmitted,
            List<ProblemView> problems) {
    }

    record DatasetView(List<ProblemView> problems) {
    }

    record Summary(long rows, long accepted, long rejected, long errors, long warnings) {
    }

    record View(List<FileView> files, DatasetView dataset, Summary summary) {
    }

    private ValidationReport() {
    }

    static View of(ImportRun.Result result, Language language) {
        List<FileView> files = result.files().stream().map(f -> new FileView(f.file(), f.kind().name(), f.format(),
                f.encoding(), f.rows(), f.accepted(), f.rejected(), f.errors(), f.warnings(), f.complete(),
                f.problemsOmitted(), f.problems().stream().map(p -> problem(p, language)).toList())).toList();
        Summary summary = new Summary(result.files().stream().mapToLong(FileReport::rows).sum(),
                result.files().stream().mapToLong(FileReport::accepted).sum(),
                result.files().stream().mapToLong(FileReport::rejected).sum(), result.errors(), result.warnings());
        return new View(files, new DatasetView(result.datasetProblems().stream().map(p -> problem(p, language))
                .toList()), summary);
    }

    static void write(Path target, ImportRun.Result result, Language language) {
        View view = of(result, language);
        AtomicFile.write(target, out -> {
            try (java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16)) {
                Json.write(buffered, view);
            }
        });
    }

    static ProblemView problem(Problem p, Language language) {
        return new ProblemView(p.line(), p.column(), p.cell(), p.field(), p.value(), p.code(), p.severity().name(),
                p.message().in(language));
    }
}
