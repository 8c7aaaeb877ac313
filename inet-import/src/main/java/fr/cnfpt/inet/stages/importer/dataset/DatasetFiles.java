package fr.cnfpt.inet.stages.importer.dataset;

import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.util.Locale;

/**
 * The names of a normalised dataset's files: one JSON Lines file per kind of record
 * ({@code offers.jsonl}, {@code trainees.jsonl}, {@code placements.jsonl}), written by
 * {@link DatasetWriter} and read back by {@link DatasetReader} (the JSON importer's reading).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DatasetFiles {

    /** The dataset's import report, beside its records. */
    public static final String REPORT = "import-report.json";

    private DatasetFiles() {
    }

    /**
     * Names the file of a kind of record.
     *
     * @param kind  the kind, not null
     * @return the file's name, such as {@code offers.jsonl}, not null
     */
    public static String of(RecordKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + ".jsonl";
    }
}
