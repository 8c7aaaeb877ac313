package fr.cnfpt.inet.stages.domain.contact;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.util.Objects;

/**
 * A French telephone number of ten digits, such as the coordinator's "03 88 15 53 69".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param digits  the ten digits, starting with 0, not null
 */
public record PhoneNumber(String digits) {

    /**
     * Creates a number, checking its digits.
     *
     * @param digits  the ten digits, starting with 0, not null
     */
    public PhoneNumber {
        Objects.requireNonNull(digits, "digits");
        DomainException.require(digits.matches("0[1-9]\\d{8}"), "not a French ten-digit telephone number: " + digits);
    }

    /**
     * Parses a number written with or without spaces, dots or dashes ("03 88 15 53 69", "0388155264").
     *
     * @param text  the number, not null
     * @return the number, not null
     * @throws DomainException if the text is not a ten-digit French number
     */
    public static PhoneNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        return new PhoneNumber(text.replaceAll("[\\s.\\-]", ""));
    }

    /**
     * Checks whether this is a mobile number (06 or 07).
     *
     * @return true for a mobile number
     */
    public boolean isMobile() {
        return digits.startsWith("06") || digits.startsWith("07");
    }

    /**
     * Returns the number in the French national form, in pairs: "03 88 15 53 69".
     *
     * @return the number, not null
     */
    public String national() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 2) {
            text.append(i == 0 ? "" : " ").append(digits, i, i + 2);
        }
        return text.toString();
    }

    /**
     * Returns the number in international form, for readers abroad: "+33 3 88 15 53 69".
     *
     * @return the number, not null
     */
    public String international() {
        return "+33 " + digits.charAt(1) + national().substring(2);
    }

    /**
     * Returns the number in national form.
     *
     * @return the number, not null
     */
    @Override
    public String toString() {
        return national();
    }
}
