package fr.cnfpt.inet.stages.domain.internship;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.host.Population;
import fr.cnfpt.inet.stages.domain.quantity.Euros;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * The terms of a collective project: "Cette mission, qui mobilise 4 élèves sur 9 semaines", "au
 * sein d'une collectivité de plus de 40 000 habitants", "Une participation forfaitaire de 4 000 €
 * est demandée".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param teamSize  the number of trainees in a team, at least 2
 * @param populationAbove  the host's population must be strictly above this number of inhabitants
 * @param contribution  the flat contribution asked of the host, not null
 * @param contributionCovers  what the contribution pays for, not null
 */
public record CollectiveProjectTerms(int teamSize, int populationAbove, Euros contribution,
        LocalizedText contributionCovers) {

    /**
     * Creates the terms, checking them.
     *
     * @param teamSize  the team size, at least 2
     * @param populationAbove  the population threshold, not negative
     * @param contribution  the contribution, not null
     * @param contributionCovers  what it pays for, not null
     */
    public CollectiveProjectTerms {
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(contributionCovers, "contributionCovers");
        DomainException.require(teamSize >= 2, "a collective project team has at least 2 trainees: " + teamSize);
        DomainException.require(populationAbove >= 0, "a population threshold must not be negative");
    }

    /**
     * Checks whether a local authority is large enough for a collective project: strictly more
     * inhabitants than {@link #populationAbove()} ("plus de 40 000 habitants": 40,000 is not enough).
     *
     * @param population  the host's population, not null
     * @return true if the population is above the threshold
     */
    public boolean isLargeEnough(Population population) {
        return Objects.requireNonNull(population, "population").inhabitants() > populationAbove;
    }
}
