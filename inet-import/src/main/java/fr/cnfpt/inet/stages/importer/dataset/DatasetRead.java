package fr.cnfpt.inet.stages.importer.dataset;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DatasetFolder#read()} read from a dataset folder: what each file gave.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param offers  what {@code offers.jsonl} gave, not null
 * @param trainees  what {@code trainees.jsonl} gave, not null
 * @param placements  what {@code placements.jsonl} gave, not null
 */
public record DatasetRead(DatasetRecords<Offer> offers, DatasetRecords<Trainee> trainees,
        DatasetRecords<Placement> placements) {

    /**
     * Creates the result of a folder's reading.
     *
     * @param offers  the offers file's, not null
     * @param trainees  the trainees file's, not null
     * @param placements  the placements file's, not null
     */
    public DatasetRead {
        Objects.requireNonNull(offers, "offers");
        Objects.requireNonNull(trainees, "trainees");
        Objects.requireNonNull(placements, "placements");
    }

    /**
     * Returns the records read.
     *
     * @return the dataset, not null
     */
    public Dataset dataset() {
        return Dataset.of(offers.records(), trainees.records(), placements.records());
    }

    /**
     * Lists the problems of the three files: the offers', the trainees', then the placements'.
     *
     * @return the problems, empty for a clean folder, not null
     */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(offers.problems());
        all.addAll(trainees.problems());
        all.addAll(placements.problems());
        return List.copyOf(all);
    }

    /**
     * Tells whether every line of the three files was read into a record.
     *
     * @return true if no file has an error, a rejected row or an unread part
     */
    public boolean isClean() {
        return offers.isClean() && trainees.isClean() && placements.isClean();
    }
}
