package fr.cnfpt.inet.stages.domain.contact;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, checked for the usual form {@code local@domain.tld}.
 * <p>
 * The check is the pragmatic one used for web forms (one {@code @}, no spaces, a dotted domain),
 * not the full RFC 5322 grammar. The brochure's own contact page prints "stages.inet.cnfpt.fr",
 * which is not an address: the library keeps "stages.inet@cnfpt.fr" from page 3 and reports the
 * misprint as an erratum of the edition.
 * This class is immutable and thread-safe.
 *
 * @param value  the address, as written, not null
 */
public record EmailAddress(String value) {

    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    /**
     * Creates an address, checking its form.
     *
     * @param value  the address, not null
     */
    public EmailAddress {
        Objects.requireNonNull(value, "value");
        DomainException.require(isValid(value), "not an e-mail address: " + value);
    }

    /**
     * Obtains an address from its text, stripped of surrounding spaces.
     *
     * @param text  the address, not null
     * @return the address, not null
     * @throws DomainException if the text is not an e-mail address
     */
    public static EmailAddress of(String text) {
        Objects.requireNonNull(text, "text");
        return new EmailAddress(text.strip());
    }

    /**
     * Checks whether a text is an e-mail address.
     *
     * @param text  the text, not null
     * @return true if the text has the form of an address
     */
    public static boolean isValid(String text) {
        Objects.requireNonNull(text, "text");
        return text.length() <= 254 && FORM.matcher(text).matches();
    }

    /**
     * Returns the domain part, in lower case.
     *
     * @return the domain, such as {@code cnfpt.fr}, not null
     */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the address.
     *
     * @return the address, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
