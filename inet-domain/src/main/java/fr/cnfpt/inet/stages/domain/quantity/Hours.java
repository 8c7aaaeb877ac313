package fr.cnfpt.inet.stages.domain.quantity;

import fr.cnfpt.inet.stages.domain.DomainException;

/**
 * A number of hours, the unit of the common core's length ("100h de tronc commun").
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the number of hours, at least 1
 */
public record Hours(int value) implements Comparable<Hours> {

    /**
     * Creates a quantity, checking it is at least 1.
     *
     * @param value  the number of hours, at least 1
     */
    public Hours {
        DomainException.require(value >= 1, "hours must be at least 1: " + value);
    }

    /**
     * Obtains a quantity of hours.
     *
     * @param value  the number of hours, at least 1
     * @return the quantity, not null
     */
    public static Hours of(int value) {
        return new Hours(value);
    }

    @Override
    public int compareTo(Hours other) {
        return Integer.compare(value, other.value);
    }

    /**
     * Returns the value followed by the unit, such as {@code "100 hours"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value + " hours";
    }
}
