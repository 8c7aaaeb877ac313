package fr.cnfpt.inet.stages.domain.internship;

import fr.cnfpt.inet.stages.domain.text.Codes;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The person a trainee is placed with in the host organisation ("placé auprès du DGS et sous son
 * autorité").
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum Supervisor {
    /** The directeur or directrice général(e) des services: the local authority's chief executive. */
    DGS(LocalizedText.of("directeur ou directrice général(e) des services (DGS)",
            "chief executive (directeur général des services, DGS)")),
    /** A directeur or directrice général(e) adjoint(e): a deputy chief executive. */
    DGA(LocalizedText.of("directeur ou directrice général(e) adjoint(e) (DGA)",
            "deputy chief executive (DGA)")),
    /** The director of the establishment: for librarians, the head of the library or médiathèque. */
    DIRECTEUR_ETABLISSEMENT(LocalizedText.of("directeur ou directrice d'établissement",
            "head of the establishment (library director)")),
    /** The head of a department or service. */
    DIRECTEUR_SERVICE(LocalizedText.of("directeur ou directrice de service", "head of department")),
    /** Someone else. */
    AUTRE(LocalizedText.of("autre encadrant ou encadrante", "other supervisor"));

    private final LocalizedText label;

    Supervisor(LocalizedText label) {
        this.label = label;
    }

    /**
     * Returns the supervisor's title.
     *
     * @return the title in French and English, not null
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Finds a supervisor from its code as typed ({@code DGS}, {@code directeur-etablissement}).
     *
     * @param typed  the code, not null
     * @return the supervisor, or empty if no supervisor has that code
     */
    public static Optional<Supervisor> fromCode(String typed) {
        Objects.requireNonNull(typed, "typed");
        String code = Codes.normalize(typed);
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
