package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import java.util.List;
import java.util.Objects;

/**
 * What checking one file found: its totals (rows read = accepted + rejected, always), the part
 * of it that could not be read (its lines are neither accepted nor rejected), and its problems, the first {@link Validation#DEFAULT_MAX_PROBLEMS} of them kept, the others counted.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param file  the file's name, not null
 * @param kind  the kind of records, not null
 * @param format  the importer's format, such as {@code csv}, not null
 * @param encoding  the encoding read, or empty, not null
 * @param rows  the data rows read
 * @param accepted  the rows accepted
 * @param rejected  the rows rejected
 * @param errors  the error problems
 * @param warnings  the warning problems
 * @param complete  whether the file was read to its end with a usable header
 * @param unread  the part of the file not read, or {@link Unread#NOTHING}, not null
 * @param problems  the problems kept, in the order found, not null
 * @param problemsOmitted  the problems found beyond those kept
 */
public record FileReport(String file, RecordKind kind, String format, String encoding, long rows, long accepted,
        long rejected, long errors, long warnings, boolean complete, Unread unread, List<Problem> problems, long problemsOmitted) {

    /**
     * Creates a report, checking that the totals add up.
     *
     * @param file  the file, not null
     * @param kind  the kind, not null
     * @param format  the format, not null
     * @param encoding  the encoding, not null
     * @param rows  the rows
     * @param accepted  the accepted rows
     * @param rejected  the rejected rows
     * @param errors  the errors
     * @param warnings  the warnings
     * @param complete  whether complete
     * @param unread  the part not read, not null
     * @param problems  the problems, not null
     * @param problemsOmitted  the problems not kept
     */
    public FileReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(unread, "unread");
        problems = List.copyOf(problems);
        if (rows != accepted + rejected) {
            throw new IllegalStateException("rows read (" + rows + ") != accepted (" + accepted + ") + rejected ("
                    + rejected + ") in " + file);
        }
    }

    /** @return true if the file had no usable content at all: nothing read and not read to its end */
    public boolean isUnusable() {
        return !complete && rows == 0;
    }

    /** @return true if part of the file could not be read: its rows were neither accepted nor rejected */
    public boolean hasUnread() {
        return !unread.isNothing();
    }

    /** @return true if an error was found */
    public boolean hasErrors() {
        return errors > 0;
    }
}
