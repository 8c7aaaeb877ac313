package fr.cnfpt.inet.stages.domain.curriculum;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.quantity.Hours;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * The common core shared by the public-service schools: "Tronc commun à 21 écoles de service
 * public … 100h de tronc commun sont intégrées à la scolarité des élèves."
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param schools  the number of public-service schools that share it, at least 1
 * @param hours  the hours it takes in the schooling, not null
 * @param topics  its subjects, in order, not empty
 */
public record TroncCommun(int schools, Hours hours, List<LocalizedText> topics) {

    /**
     * Creates the common core.
     *
     * @param schools  the number of schools, at least 1
     * @param hours  the hours, not null
     * @param topics  the subjects, not empty
     */
    public TroncCommun {
        Objects.requireNonNull(hours, "hours");
        topics = List.copyOf(topics);
        DomainException.require(schools >= 1, "the common core is shared by at least one school");
        DomainException.require(!topics.isEmpty(), "the common core has subjects");
    }
}
