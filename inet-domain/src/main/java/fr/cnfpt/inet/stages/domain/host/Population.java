package fr.cnfpt.inet.stages.domain.host;

import fr.cnfpt.inet.stages.domain.DomainException;

/**
 * The number of inhabitants of a local authority. Collective projects take place "au sein d'une
 * collectivité de plus de 40 000 habitants".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param inhabitants  the number of inhabitants, at least 1
 */
public record Population(int inhabitants) implements Comparable<Population> {

    /**
     * Creates a population, checking it is positive.
     *
     * @param inhabitants  the number of inhabitants, at least 1
     */
    public Population {
        if (inhabitants <= 0) {
            throw new DomainException("a population must be positive: " + inhabitants);
        }
    }

    /**
     * Obtains a population.
     *
     * @param inhabitants  the number of inhabitants, at least 1
     * @return the population, not null
     */
    public static Population of(int inhabitants) {
        return new Population(inhabitants);
    }

    /**
     * Checks whether this population is strictly more than a number ("plus de 40 000 habitants").
     *
     * @param threshold  the threshold, not null
     * @return true if there are more inhabitants than the threshold
     */
    public boolean isMoreThan(Population threshold) {
        return inhabitants > threshold.inhabitants;
    }

    @Override
    public int compareTo(Population other) {
        return Integer.compare(inhabitants, other.inhabitants);
    }

    /**
     * Returns the number of inhabitants.
     *
     * @return the number as text, not null
     */
    @Override
    public String toString() {
        return Integer.toString(inhabitants);
    }
}
