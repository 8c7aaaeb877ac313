package fr.cnfpt.inet.stages.domain.quantity;

import fr.cnfpt.inet.stages.domain.DomainException;

/**
 * A number of months, the unit of a schooling's length ("18 mois de scolarité").
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the number of months, at least 1
 */
public record Months(int value) implements Comparable<Months> {

    /**
     * Creates a quantity, checking it is at least 1.
     *
     * @param value  the number of months, at least 1
     */
    public Months {
        DomainException.require(value >= 1, "months must be at least 1: " + value);
    }

    /**
     * Obtains a quantity of months.
     *
     * @param value  the number of months, at least 1
     * @return the quantity, not null
     */
    public static Months of(int value) {
        return new Months(value);
    }

    @Override
    public int compareTo(Months other) {
        return Integer.compare(value, other.value);
    }

    /**
     * Returns the value followed by the unit, such as {@code "18 months"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value + " months";
    }
}
