package fr.cnfpt.inet.stages.importer.dataset;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.List;

/**
 * A normalised dataset held in memory: the offers, trainees and placements of one run, each list in
 * the order of its file. {@link DatasetFolder} reads and writes it as {@code offers.jsonl},
 * {@code trainees.jsonl} and {@code placements.jsonl}. Trainees hold no personal details once
 * written: the dataset keeps their ids, corps and cohorts only.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param offers  the offers, not null
 * @param trainees  the trainees, not null
 * @param placements  the placements, not null
 */
public record Dataset(List<Offer> offers, List<Trainee> trainees, List<Placement> placements) {

    /**
     * Creates a dataset, copying the lists.
     *
     * @param offers  the offers, not null
     * @param trainees  the trainees, not null
     * @param placements  the placements, not null
     */
    public Dataset {
        offers = List.copyOf(offers);
        trainees = List.copyOf(trainees);
        placements = List.copyOf(placements);
    }

    /**
     * Obtains a dataset.
     *
     * @param offers  the offers, not null
     * @param trainees  the trainees, not null
     * @param placements  the placements, not null
     * @return the dataset, not null
     */
    public static Dataset of(List<Offer> offers, List<Trainee> trainees, List<Placement> placements) {
        return new Dataset(offers, trainees, placements);
    }
}
