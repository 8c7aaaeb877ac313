package fr.cnfpt.inet.stages.importer.dataset;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.json.JsonImporter;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the records of a normalised dataset, one file of one kind at a time, in the JSON Lines form
 * {@link DatasetWriter} writes ({@code docs/formats.md}, "The normalised dataset"): as lists
 * ({@link #readOffers(Path)}, {@link #readTrainees(Path)}, {@link #readPlacements(Path)}) or record
 * by record, in bounded memory ({@link #read(RecordKind, String, ImportRequest.Content, RowSink)}).
 * <p>
 * The reading is the JSON importer's, with its checks of each value (types, codes, required fields,
 * identifiers) and of the syntax: there is no second parser. It does not apply the brochure's or
 * the calendar's rules, nor the checks across records (duplicates, placements on unknown offers),
 * which {@link fr.cnfpt.inet.stages.importer.validation.Validation} applies to files.
 * <p>
 * <b>Bad data never throws.</b> Every line holding a record gives either that record or, after one
 * problem or more naming the file, the line and the code ({@link Problem}), a rejected row: no line
 * is dropped silently, and a faulty line does not stop the reading (it resumes at the next line
 * starting with <code>&#123;</code>). Where reading had to stop (a limit of {@link ImportLimits}),
 * the problem says so and {@link ImportFacts#unread()} counts the rest. Only a file that cannot be
 * opened at all throws an {@link IOException}. An empty file holds no records (what the writer
 * writes for none).
 * <p>
 * <b>Trainees hold no personal data.</b> A trainee read from a dataset holds its id, corps and
 * cohort, and no {@link Trainee#details() personal details}: the dataset never holds them, and a
 * name or e-mail address that a file edited by hand would hold is not read into the trainee.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DatasetReader {

    private static final JsonImporter JSON = new JsonImporter();

    private final ImportLimits limits;

    private DatasetReader(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Obtains a reader within the default limits ({@link ImportLimits#defaults()}).
     *
     * @return the reader, not null
     */
    public static DatasetReader of() {
        return new DatasetReader(ImportLimits.defaults());
    }

    /**
     * Obtains a reader within other limits.
     *
     * @param limits  the limits, not null
     * @return the reader, not null
     */
    public static DatasetReader of(ImportLimits limits) {
        return new DatasetReader(limits);
    }

    /**
     * Reads the offers of a file such as {@code offers.jsonl}.
     *
     * @param file  the file, not null
     * @return the offers read, the problems of the lines not read and the facts of the file, not null
     * @throws IOException if the file cannot be opened
     */
    public DatasetRecords<Offer> readOffers(Path file) throws IOException {
        return collect(RecordKind.OFFERS, file, Offer.class);
    }

    /**
     * Reads the trainees of a file such as {@code trainees.jsonl}: ids, corps and cohorts only.
     *
     * @param file  the file, not null
     * @return the trainees read, the problems of the lines not read and the facts of the file, not null
     * @throws IOException if the file cannot be opened
     */
    public DatasetRecords<Trainee> readTrainees(Path file) throws IOException {
        return collect(RecordKind.TRAINEES, file, Trainee.class);
    }

    /**
     * Reads the placements of a file such as {@code placements.jsonl}.
     *
     * @param file  the file, not null
     * @return the placements read, the problems of the lines not read and the facts of the file, not null
     * @throws IOException if the file cannot be opened
     */
    public DatasetRecords<Placement> readPlacements(Path file) throws IOException {
        return collect(RecordKind.PLACEMENTS, file, Placement.class);
    }

    /**
     * Reads the wishes of a file such as {@code wishes.jsonl}.
     *
     * @param file  the file, not null
     * @return the wishes read, the problems of the lines not read and the facts of the file, not null
     * @throws IOException if the file cannot be opened
     */
    public DatasetRecords<Wish> readWishes(Path file) throws IOException {
        return collect(RecordKind.WISHES, file, Wish.class);
    }

    /**
     * Reads the exclusions of a file such as {@code exclusions.jsonl}.
     *
     * @param file  the file, not null
     * @return the exclusions read, the problems of the lines not read and the facts of the file, not null
     * @throws IOException if the file cannot be opened
     */
    public DatasetRecords<Exclusion> readExclusions(Path file) throws IOException {
        return collect(RecordKind.EXCLUSIONS, file, Exclusion.class);
    }

    /**
     * Reads a dataset file record by record, handing each to a sink as it is read, in the order of
     * the lines: a record of the kind, or problems then {@link RowSink#rejected(long)}. Memory does
     * not grow with the file.
     *
     * @param kind  the kind of records the file holds, not null
     * @param fileName  the file's name, as problems give it, not null
     * @param content  opens the file's content, not null
     * @param sink  receives the records and the problems, not null
     * @return the number of rows read and whether the file was read to its end, not null
     * @throws IOException if the content cannot be opened
     */
    public ImportFacts read(RecordKind kind, String fileName, ImportRequest.Content content, RowSink sink)
            throws IOException {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sink, "sink");
        try (InputStream in = content.open()) {
            if (in.read() < 0) {
                return new ImportFacts(0, JSON.id(), "utf-8", true);
            }
        }
        ImportRequest request = ImportRequest.of(fileName, content, kind).withLimits(limits);
        return JSON.read(request, kind == RecordKind.TRAINEES ? new WithoutPersonalDetails(sink) : sink);
    }

    private <T> DatasetRecords<T> collect(RecordKind kind, Path file, Class<T> type) throws IOException {
        Objects.requireNonNull(file, "file");
        Collecting<T> sink = new Collecting<>(type);
        ImportFacts facts = read(kind, file.toString(), () -> Files.newInputStream(file), sink);
        return new DatasetRecords<>(file.toString(), sink.records(), sink.problems(), facts);
    }
}
