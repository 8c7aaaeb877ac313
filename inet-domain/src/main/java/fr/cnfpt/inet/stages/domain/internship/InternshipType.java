package fr.cnfpt.inet.stages.domain.internship;

import fr.cnfpt.inet.stages.domain.text.Codes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A type of internship ("stage") of INET's initial training, in the order they occur in a
 * schooling.
 * <p>
 * The codes are stable identifiers. What an edition says of each type (purpose, objectives,
 * durations per corps, arrangements, examples) is in
 * {@link fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition}.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum InternshipType {
    /** Stage d'observation: the first internship, placed with the head of a local authority or library. */
    OBSERVATION,
    /** Stage thématique: an individual analysis of a public policy or internal issue. */
    THEMATIQUE,
    /** Projet collectif: a strategic mission carried out by an inter-corps team of four trainees. */
    PROJET_COLLECTIF,
    /** Stage d'ouverture: a new working environment outside local government. */
    OUVERTURE,
    /** Stage de perfectionnement: the final, expert internship of the ingénieurs en chef. */
    PERFECTIONNEMENT,
    /** Stage de professionnalisation: the final internship, at the level of a senior executive. */
    PROFESSIONNALISATION;

    /**
     * Returns the stable code, such as {@code PROJET_COLLECTIF}.
     *
     * @return the code, not null
     */
    public String code() {
        return name();
    }

    /**
     * Finds a type from its code as typed: {@code PROJET_COLLECTIF}, {@code projet-collectif}
     * and {@code projet collectif} all find the same type.
     *
     * @param typed  the code, not null
     * @return the type, or empty if no type has that code
     */
    public static Optional<InternshipType> fromCode(String typed) {
        Objects.requireNonNull(typed, "typed");
        String code = Codes.normalize(typed);
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }

    /**
     * Lists the accepted codes, for error messages.
     *
     * @return the codes separated by commas, not null
     */
    public static String acceptedCodes() {
        return Arrays.stream(values()).map(InternshipType::code).collect(Collectors.joining(", "));
    }
}
