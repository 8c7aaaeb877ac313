package fr.cnfpt.inet.stages.domain.contact;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.util.Locale;
import java.util.Objects;

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

    /** The characters of a local part's atom besides letters and digits (RFC 5322 atext). */
    private static final String ATEXT_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

    /**
     * Creates an address, checking its form.
     *
     * @param value  the address, not null
     */
    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new DomainException("not an e-mail address: " + value);
        }
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
        int at = text.indexOf('@');
        return text.length() <= 254 && at > 0 && isLocalPart(text, at) && isDomain(text, at + 1);
    }

    /** Dot-separated atoms of letters, digits and {@link #ATEXT_SYMBOLS}, before the {@code @}. */
    private static boolean isLocalPart(String text, int end) {
        boolean afterDot = true;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (afterDot) {
                    return false;
                }
                afterDot = true;
            } else if (isAsciiLetterOrDigit(c) || ATEXT_SYMBOLS.indexOf(c) >= 0) {
                afterDot = false;
            } else {
                return false;
            }
        }
        return !afterDot;
    }

    /**
     * One or more labels (letters, digits and inner hyphens) each followed by a dot, then a
     * top-level domain of 2 to 63 letters.
     */
    private static boolean isDomain(String text, int start) {
        int lastDot = text.lastIndexOf('.');
        if (lastDot < start) {
            return false;
        }
        int labelStart = start;
        for (int i = start; i <= lastDot; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (i == labelStart || text.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (!isAsciiLetterOrDigit(c) && (c != '-' || i == labelStart)) {
                return false;
            }
        }
        int tld = text.length() - lastDot - 1;
        if (tld < 2 || tld > 63) {
            return false;
        }
        for (int i = lastDot + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
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
