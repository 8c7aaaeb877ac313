package fr.cnfpt.inet.stages.domain.edition.published;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The editions built into the library. Their content lives here, apart from the types of
 * {@link fr.cnfpt.inet.stages.domain.edition}, one package-private class per brochure section.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Editions {

    private static final Edition EDITION_2026 = Edition2026.edition();

    private Editions() {
    }

    /**
     * Returns the current built-in edition: 2026-2027.
     *
     * @return the edition, not null
     */
    public static Edition current() {
        return EDITION_2026;
    }

    /**
     * Returns every built-in edition, oldest first.
     *
     * @return the editions, not null
     */
    public static List<Edition> builtIn() {
        return List.of(EDITION_2026);
    }

    /**
     * Returns the built-in edition for a cohort.
     *
     * @param cohort  the cohort, not null
     * @return the edition, or empty if none is built in for that cohort
     */
    public static Optional<Edition> forCohort(CohortYear cohort) {
        Objects.requireNonNull(cohort, "cohort");
        return builtIn().stream().filter(e -> e.cohort().equals(cohort)).findFirst();
    }
}
