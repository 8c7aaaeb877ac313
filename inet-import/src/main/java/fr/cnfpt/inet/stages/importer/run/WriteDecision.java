package fr.cnfpt.inet.stages.importer.run;

import fr.cnfpt.inet.stages.importer.validation.FileReport;
import java.util.List;
import java.util.Objects;

/**
 * Whether what an {@link ImportRun} read may be written (a dataset, reports), and if not why:
 * {@link ImportResult#decision(boolean, boolean)} gives it. Refusals come in this order: a file that
 * could not be read at all, then a file not read to its end (unless accepted), then errors (unless
 * accepted).
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface WriteDecision {

    /**
     * Tells whether the result may be written.
     *
     * @return true for {@link Allowed}
     */
    default boolean allowed() {
        return this instanceof Allowed;
    }

    /** The result may be written. */
    record Allowed() implements WriteDecision {
    }

    /**
     * Files could not be read at all: nothing may be written, whatever is accepted.
     *
     * @param files  the names of those files, not empty
     */
    record Unusable(List<String> files) implements WriteDecision {
        /**
         * Creates the refusal.
         *
         * @param files  the names of those files, not empty
         */
        public Unusable {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("an unusable result names its files");
            }
        }
    }

    /**
     * A file was not read to its end, and leaving its unread part out was not accepted.
     *
     * @param file  the first such file's report, not null
     */
    record NotReadToEnd(FileReport file) implements WriteDecision {
        /**
         * Creates the refusal.
         *
         * @param file  the first such file's report, not null
         */
        public NotReadToEnd {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * Errors were found, and leaving the rejected rows out was not accepted.
     *
     * @param errors  the number of errors, positive
     */
    record ErrorsFound(long errors) implements WriteDecision {
        /**
         * Creates the refusal.
         *
         * @param errors  the number of errors, positive
         */
        public ErrorsFound {
            if (errors < 1) {
                throw new IllegalArgumentException("errors found are at least one: " + errors);
            }
        }
    }
}
