package fr.cnfpt.inet.stages.importer.run;

import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import java.util.List;
import java.util.OptionalLong;

/**
 * What an {@link ImportRun} found: each file's report, in the order read (offers, trainees,
 * placements), and the problems of the dataset as a whole (collective-project teams).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param files  the files' reports, not null
 * @param datasetProblems  the problems found across files, not null
 */
public record ImportResult(List<FileReport> files, List<Problem> datasetProblems) {

    /**
     * Creates a result.
     *
     * @param files  the files' reports, not null
     * @param datasetProblems  the problems found across files, not null
     */
    public ImportResult {
        files = List.copyOf(files);
        datasetProblems = List.copyOf(datasetProblems);
    }

    /** @return the errors of every file and of the dataset */
    public long errors() {
        return files.stream().mapToLong(FileReport::errors).sum()
                + datasetProblems.stream().filter(Problem::isError).count();
    }

    /** @return the warnings of every file and of the dataset */
    public long warnings() {
        return files.stream().mapToLong(FileReport::warnings).sum()
                + datasetProblems.stream().filter(p -> !p.isError()).count();
    }

    /** @return the data rows read in every file */
    public long rows() {
        return files.stream().mapToLong(FileReport::rows).sum();
    }

    /** @return the rows accepted in every file */
    public long accepted() {
        return files.stream().mapToLong(FileReport::accepted).sum();
    }

    /** @return the rows rejected in every file */
    public long rejected() {
        return files.stream().mapToLong(FileReport::rejected).sum();
    }

    /** @return true if a file could not be read at all ({@link FileReport#isUnusable()}) */
    public boolean anyUnusable() {
        return files.stream().anyMatch(FileReport::isUnusable);
    }

    /** @return the names of the files that could not be read at all, not null */
    public List<String> unusableFiles() {
        return files.stream().filter(FileReport::isUnusable).map(FileReport::file).toList();
    }

    /**
     * Counts the lines of the files' unread parts.
     *
     * @return the lines not read, or empty if a file's unread part is not counted (a workbook)
     */
    public OptionalLong unreadLines() {
        long lines = 0;
        for (FileReport file : files) {
            if (file.hasUnread()) {
                if (!file.unread().isCounted()) {
                    return OptionalLong.empty();
                }
                lines += file.unread().lines();
            }
        }
        return OptionalLong.of(lines);
    }

    /**
     * Tells whether a file of a kind was read.
     *
     * @param kind  the kind, not null
     * @return true if a file of that kind was read
     */
    public boolean has(RecordKind kind) {
        return files.stream().anyMatch(f -> f.kind() == kind);
    }

    /**
     * Decides whether what was read may be written, as {@code inet import} and {@code inet stats} do.
     *
     * @param acceptErrors  true if rows rejected by errors may be left out ({@code --accept-errors})
     * @param acceptUnread  true if the unread part of a file may be left out ({@code --accept-unread})
     * @return the decision, not null
     */
    public WriteDecision decision(boolean acceptErrors, boolean acceptUnread) {
        if (anyUnusable()) {
            return new WriteDecision.Unusable(unusableFiles());
        }
        if (!acceptUnread) {
            for (FileReport file : files) {
                if (file.hasUnread()) {
                    return new WriteDecision.NotReadToEnd(file);
                }
            }
        }
        long errors = errors();
        if (errors > 0 && !acceptErrors) {
            return new WriteDecision.ErrorsFound(errors);
        }
        return new WriteDecision.Allowed();
    }
}
