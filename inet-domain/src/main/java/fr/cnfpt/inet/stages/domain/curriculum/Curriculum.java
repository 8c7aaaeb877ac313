package fr.cnfpt.inet.stages.domain.curriculum;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * INET's initial training as the brochure presents it: what it is, its double objective, the
 * principles common to all corps, the training tracks ("parcours de formation") and the
 * cross-cutting tracks ("itinéraires transversaux").
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param introduction  what the initial training is, in order, not empty
 * @param doubleObjective  the two objectives with their points, not empty
 * @param principles  the principles common to all corps, with their points, not empty
 * @param parcours  the training tracks, not empty
 * @param itineraires  the cross-cutting tracks, possibly empty
 * @param internshipsPerSchooling  how many internships a trainee does ("3 à 5 stages"), not null
 */
public record Curriculum(List<LocalizedText> introduction, List<Topic> doubleObjective, List<Topic> principles,
        List<Parcours> parcours, List<Parcours> itineraires, LocalizedText internshipsPerSchooling) {

    /**
     * Creates a curriculum, checking its parts.
     *
     * @param introduction  the introduction, not empty
     * @param doubleObjective  the objectives, not empty
     * @param principles  the principles, not empty
     * @param parcours  the training tracks, not empty
     * @param itineraires  the cross-cutting tracks, not null
     * @param internshipsPerSchooling  the number of internships, not null
     */
    public Curriculum {
        introduction = List.copyOf(introduction);
        doubleObjective = List.copyOf(doubleObjective);
        principles = List.copyOf(principles);
        parcours = List.copyOf(parcours);
        itineraires = List.copyOf(itineraires);
        Objects.requireNonNull(internshipsPerSchooling, "internshipsPerSchooling");
        DomainException.require(!introduction.isEmpty() && !doubleObjective.isEmpty() && !principles.isEmpty()
                && !parcours.isEmpty(), "a curriculum has an introduction, objectives, principles and tracks");
    }

    /**
     * Returns the training tracks a corps follows.
     *
     * @param corps  the corps, not null
     * @return the tracks, in order, not null
     */
    public List<Parcours> parcoursFor(Corps corps) {
        return parcours.stream().filter(p -> p.appliesTo(corps)).toList();
    }

    /**
     * Returns the common core shared by the public-service schools.
     *
     * @return the common core, or empty if no track carries it
     */
    public Optional<TroncCommun> troncCommun() {
        return parcours.stream().flatMap(p -> p.troncCommun().stream()).findFirst();
    }
}
