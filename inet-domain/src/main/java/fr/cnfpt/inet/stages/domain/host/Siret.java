package fr.cnfpt.inet.stages.domain.host;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.util.Objects;

/**
 * The SIRET number of an establishment, as INSEE's Sirene register gives it: 14 digits (the 9 of the
 * SIREN, then 5 for the establishment). When an offer gives it, it is the host's identity
 * ({@link HostIdentity}).
 * <p>
 * Only the form is checked (14 ASCII digits): the register's check digit has exceptions (La Poste's
 * establishments) and is not needed to tell two hosts apart.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param value  the 14 digits, without spaces
 */
public record Siret(String value) {

    /**
     * Creates a SIRET number, checking its form.
     *
     * @param value  the 14 digits, not null
     */
    public Siret {
        Objects.requireNonNull(value, "value");
        DomainException.require(value.length() == 14 && value.chars().allMatch(c -> c >= '0' && c <= '9'),
                "a SIRET number has 14 digits: '" + value + "'");
    }

    /**
     * Obtains a SIRET number from its text, ignoring the spaces it is often printed with
     * ({@code 213 606 720 00019}).
     *
     * @param text  the number, not null
     * @return the SIRET number, not null
     */
    public static Siret of(String text) {
        Objects.requireNonNull(text, "text");
        return new Siret(text.replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
    }

    /**
     * Returns the 14 digits.
     *
     * @return the digits, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
