package fr.cnfpt.inet.stages.domain.corps;

import fr.cnfpt.inet.stages.domain.text.Codes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A corps (cadre d'emplois) whose successful candidates INET trains.
 * <p>
 * The codes are stable identifiers used in files, JSON and on the command line. What an edition
 * says of a corps (its labels in inclusive form, its schooling length, who places its trainees)
 * is in {@link fr.cnfpt.inet.stages.domain.edition.CorpsProfile}.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum Corps {
    /** Administrateurs et administratrices territoriaux. */
    ADMINISTRATEUR(Filiere.ADMINISTRATIVE),
    /** Conservateurs et conservatrices territoriaux de bibliothèques. */
    CONSERVATEUR_BIBLIOTHEQUES(Filiere.CULTURELLE),
    /** Ingénieurs et ingénieures en chef territoriaux. */
    INGENIEUR_EN_CHEF(Filiere.TECHNIQUE),
    /** Conservateurs et conservatrices territoriaux du patrimoine (internships handled by the INP). */
    CONSERVATEUR_PATRIMOINE(Filiere.CULTURELLE);

    private final Filiere filiere;

    Corps(Filiere filiere) {
        this.filiere = filiere;
    }

    /**
     * Returns the stream this corps belongs to.
     *
     * @return the filière, not null
     */
    public Filiere filiere() {
        return filiere;
    }

    /**
     * Returns the stable code, such as {@code ADMINISTRATEUR}.
     *
     * @return the code, not null
     */
    public String code() {
        return name();
    }

    /**
     * Finds a corps from its code as typed: {@code INGENIEUR_EN_CHEF}, {@code ingenieur-en-chef}
     * and {@code ingénieur en chef} all find the same corps.
     *
     * @param typed  the code, not null
     * @return the corps, or empty if no corps has that code
     */
    public static Optional<Corps> fromCode(String typed) {
        Objects.requireNonNull(typed, "typed");
        String code = Codes.normalize(typed);
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /**
     * Lists the accepted codes, for error messages.
     *
     * @return the codes separated by commas, not null
     */
    public static String acceptedCodes() {
        return Arrays.stream(values()).map(Corps::code).collect(Collectors.joining(", "));
    }
}
