package fr.cnfpt.inet.stages.domain.internship;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.quantity.Weeks;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * An internship of one type for one corps, as an edition defines it: its rank in the schooling,
 * its declared length, its objectives, arrangements and examples.
 * <p>
 * Dates are not part of it: they come from the cohort's calendar.
 * This class is immutable and thread-safe.
 *
 * @param type  the internship type, not null
 * @param corps  the corps, not null
 * @param rank  the internship's place in the schooling, 1 for the first
 * @param weeks  the declared length ("4 semaines"), not null
 * @param objectives  the objectives, in order, not empty
 * @param arrangements  the arrangements ("modalités"), not null
 * @param examples  the examples of missions or hosts, possibly empty, not null
 */
public record Internship(InternshipType type, Corps corps, int rank, Weeks weeks, List<LocalizedText> objectives,
        Arrangements arrangements, List<ExampleGroup> examples) {

    /**
     * Creates an internship, checking its fields.
     *
     * @param type  the internship type, not null
     * @param corps  the corps, not null
     * @param rank  the place in the schooling, at least 1
     * @param weeks  the declared length, not null
     * @param objectives  the objectives, not empty
     * @param arrangements  the arrangements, not null
     * @param examples  the examples, not null
     */
    public Internship {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(corps, "corps");
        Objects.requireNonNull(weeks, "weeks");
        Objects.requireNonNull(arrangements, "arrangements");
        objectives = List.copyOf(objectives);
        examples = List.copyOf(examples);
        DomainException.require(rank >= 1, "an internship's rank starts at 1: " + rank);
        DomainException.require(!objectives.isEmpty(), "an internship must have objectives: " + type + " for " + corps);
    }
}
