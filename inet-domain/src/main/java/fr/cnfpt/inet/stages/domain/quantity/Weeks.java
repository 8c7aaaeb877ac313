package fr.cnfpt.inet.stages.domain.quantity;

import fr.cnfpt.inet.stages.domain.DomainException;

/**
 * A number of weeks, the unit of every internship's declared duration ("4 semaines").
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the number of weeks, at least 1
 */
public record Weeks(int value) implements Comparable<Weeks> {

    /**
     * Creates a quantity, checking it is at least 1.
     *
     * @param value  the number of weeks, at least 1
     */
    public Weeks {
        DomainException.require(value >= 1, "weeks must be at least 1: " + value);
    }

    /**
     * Obtains a quantity of weeks.
     *
     * @param value  the number of weeks, at least 1
     * @return the quantity, not null
     */
    public static Weeks of(int value) {
        return new Weeks(value);
    }

    @Override
    public int compareTo(Weeks other) {
        return Integer.compare(value, other.value);
    }

    /**
     * Returns the value followed by the unit, such as {@code "4 weeks"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value + " weeks";
    }
}
