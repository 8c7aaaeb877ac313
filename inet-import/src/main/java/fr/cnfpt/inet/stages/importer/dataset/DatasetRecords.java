package fr.cnfpt.inet.stages.importer.dataset;

import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DatasetReader} read from one dataset file: its records of one kind, in the order of
 * the lines, the problems of the lines it could not read (each with its file, line and code), and
 * the facts of the file (rows read, read to its end or not). Every row is a record or a rejected
 * row: {@code facts().rows() == records().size() + rejected()}.
 * <p>
 * This class is immutable and thread-safe if its records are.
 *
 * @param <T>  the kind of record: {@link fr.cnfpt.inet.stages.domain.offer.Offer},
 *     {@link fr.cnfpt.inet.stages.domain.trainee.Trainee} or
 *     {@link fr.cnfpt.inet.stages.domain.placement.Placement}
 * @param file  the file's name, as the problems give it, not null
 * @param records  the records read, not null
 * @param problems  the problems, in the order of the lines; empty for a clean file, not null
 * @param facts  the rows read and whether the file was read to its end, not null
 */
public record DatasetRecords<T>(String file, List<T> records, List<Problem> problems, ImportFacts facts) {

    /**
     * Creates the result of a reading, copying the lists.
     *
     * @param file  the file, not null
     * @param records  the records, not null
     * @param problems  the problems, not null
     * @param facts  the facts, not null
     */
    public DatasetRecords {
        Objects.requireNonNull(file, "file");
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * Obtains the result of a file that does not exist, in a folder read whole: no records, no problems.
     *
     * @param <T>  the kind of record
     * @param file  the file, not null
     * @return the empty result, not null
     */
    static <T> DatasetRecords<T> absent(String file) {
        return new DatasetRecords<>(file, List.of(), List.of(), new ImportFacts(0, "json", "utf-8", true));
    }

    /**
     * Counts the rows that gave no record.
     *
     * @return the rejected rows, not negative
     */
    public long rejected() {
        return facts.rows() - records.size();
    }

    /**
     * Tells whether every line was read into a record: no error, nothing rejected, nothing unread.
     * Warnings (an unknown key, which is ignored) do not count.
     *
     * @return true if the file was read whole and without error
     */
    public boolean isClean() {
        return facts.complete() && rejected() == 0 && problems.stream().noneMatch(Problem::isError);
    }
}
