package fr.cnfpt.inet.stages.importer.dataset;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder holding a normalised dataset, as {@code inet import} writes it: {@code offers.jsonl},
 * {@code trainees.jsonl} and {@code placements.jsonl} ({@link DatasetFiles}), read and written whole.
 * <p>
 * {@link #read()} reads each of the three files the folder holds with {@link DatasetReader}; a file
 * that is not there holds no records ({@code inet import} writes only the kinds it was given), and
 * bad data is reported, never thrown. {@link #write(Dataset)} writes the three files with
 * {@link DatasetWriter}, byte for byte what {@code inet import} writes for the same records, and
 * leaves any other file of the folder alone (the import report among them). Each file is written in
 * place: unlike {@code inet import}, which replaces its folder as a unit, a write that fails
 * half-way leaves the folder incomplete; write to a new folder and rename it where that matters.
 * <p>
 * This class is immutable and thread-safe; reading while another thread writes the same folder is not.
 */
public final class DatasetFolder {

    private final Path folder;
    private final DatasetReader reader;

    private DatasetFolder(Path folder, DatasetReader reader) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.reader = reader;
    }

    /**
     * Obtains the dataset folder at a path, read within the default limits.
     *
     * @param folder  the folder, not null; it need not exist yet to be written
     * @return the folder, not null
     */
    public static DatasetFolder at(Path folder) {
        return new DatasetFolder(folder, DatasetReader.of());
    }

    /**
     * Returns a copy read within other limits.
     *
     * @param limits  the limits, not null
     * @return the folder, not null
     */
    public DatasetFolder withLimits(ImportLimits limits) {
        return new DatasetFolder(folder, DatasetReader.of(limits));
    }

    /**
     * Returns the folder's path.
     *
     * @return the path, not null
     */
    public Path path() {
        return folder;
    }

    /**
     * Returns the path of the file of a kind of record.
     *
     * @param kind  the kind, not null
     * @return the file, such as {@code DIR/offers.jsonl}, not null
     */
    public Path file(RecordKind kind) {
        return folder.resolve(DatasetFiles.of(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Reads the dataset's three files; a file that is not there holds no records.
     *
     * @return the records and the problems of each file, not null
     * @throws IOException if the folder or a file of it cannot be opened
     */
    public DatasetRead read() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NotDirectoryException(folder.toString());
        }
        Path offers = file(RecordKind.OFFERS);
        Path trainees = file(RecordKind.TRAINEES);
        Path placements = file(RecordKind.PLACEMENTS);
        return new DatasetRead(
                Files.exists(offers) ? reader.readOffers(offers) : DatasetRecords.absent(offers.toString()),
                Files.exists(trainees) ? reader.readTrainees(trainees) : DatasetRecords.absent(trainees.toString()),
                Files.exists(placements) ? reader.readPlacements(placements)
                        : DatasetRecords.absent(placements.toString()));
    }

    /**
     * Writes a dataset's three files, creating the folder if needed and replacing the files it held.
     *
     * @param dataset  the dataset, not null
     * @throws IOException if a file cannot be written
     */
    public void write(Dataset dataset) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Files.createDirectories(folder);
        try (DatasetWriter out = open(RecordKind.OFFERS)) {
            for (Offer offer : dataset.offers()) {
                out.write(offer);
            }
        }
        try (DatasetWriter out = open(RecordKind.TRAINEES)) {
            for (Trainee trainee : dataset.trainees()) {
                out.write(trainee);
            }
        }
        try (DatasetWriter out = open(RecordKind.PLACEMENTS)) {
            for (Placement placement : dataset.placements()) {
                out.write(placement);
            }
        }
    }

    private DatasetWriter open(RecordKind kind) throws IOException {
        return DatasetWriter.on(new BufferedOutputStream(Files.newOutputStream(file(kind)), 1 << 16));
    }

    @Override
    public String toString() {
        return "DatasetFolder " + folder;
    }
}
