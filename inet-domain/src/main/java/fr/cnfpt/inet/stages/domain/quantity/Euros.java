package fr.cnfpt.inet.stages.domain.quantity;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in euros, such as the collective project's flat contribution of 4,000 €.
 * <p>
 * Amounts are kept to the cent and compare by value ({@code 4000} equals {@code 4000.00}).
 * This class is immutable and thread-safe.
 */
public final class Euros implements Comparable<Euros> {

    private final BigDecimal amount;

    private Euros(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Obtains an amount in whole euros.
     *
     * @param euros  the amount, not negative
     * @return the amount, not null
     */
    public static Euros of(long euros) {
        return of(BigDecimal.valueOf(euros));
    }

    /**
     * Obtains an amount, rounded half-up to the cent.
     *
     * @param amount  the amount, not negative, not null
     * @return the amount, not null
     */
    public static Euros of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new DomainException("an amount in euros must not be negative: " + amount);
        }
        return new Euros(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Returns the amount, with two decimals.
     *
     * @return the amount, not null
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns this amount multiplied by a count, such as the contributions of several projects.
     *
     * @param count  the multiplier, not negative
     * @return the product, not null
     */
    public Euros times(long count) {
        DomainException.require(count >= 0, "count must not be negative: " + count);
        return new Euros(amount.multiply(BigDecimal.valueOf(count)));
    }

    @Override
    public int compareTo(Euros other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Euros that && amount.compareTo(that.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    /**
     * Returns the amount as plain text followed by {@code EUR}, such as {@code "4000.00 EUR"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return amount.toPlainString() + " EUR";
    }
}
