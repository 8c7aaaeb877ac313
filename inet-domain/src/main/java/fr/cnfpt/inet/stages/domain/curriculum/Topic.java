package fr.cnfpt.inet.stages.domain.curriculum;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A statement of the curriculum with its points, such as a principle ("Une pédagogie active qui
 * place l'élève au cœur de sa formation") and its bullets, or one of the double objective's two
 * halves.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param statement  the statement, not null
 * @param points  the points under it, in order, possibly empty, not null
 */
public record Topic(LocalizedText statement, List<LocalizedText> points) {

    /**
     * Creates a topic.
     *
     * @param statement  the statement, not null
     * @param points  the points, not null
     */
    public Topic {
        Objects.requireNonNull(statement, "statement");
        points = List.copyOf(points);
    }

    /**
     * Obtains a topic.
     *
     * @param statement  the statement, not null
     * @param points  the points, in order
     * @return the topic, not null
     */
    public static Topic of(LocalizedText statement, LocalizedText... points) {
        return new Topic(statement, List.of(points));
    }
}
