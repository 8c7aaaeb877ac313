package fr.cnfpt.inet.stages.domain.trainee;

import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * A trainee's personal data: names and e-mail address. Optional everywhere, never needed for
 * statistics, and never printed: {@link #toString()} hides it so that it cannot reach a log.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PersonalDetails {

    private final String givenName;
    private final String familyName;
    private final EmailAddress email;

    private PersonalDetails(String givenName, String familyName, EmailAddress email) {
        this.givenName = Objects.requireNonNull(givenName, "givenName").strip();
        this.familyName = Objects.requireNonNull(familyName, "familyName").strip();
        this.email = email;
    }

    /**
     * Obtains a trainee's names.
     *
     * @param givenName  the given name, possibly empty, not null
     * @param familyName  the family name, possibly empty, not null
     * @return the details, not null
     */
    public static PersonalDetails of(String givenName, String familyName) {
        return new PersonalDetails(givenName, familyName, null);
    }

    /**
     * Returns a copy with an e-mail address.
     *
     * @param email  the address, not null
     * @return the details with that address, not null
     */
    public PersonalDetails withEmail(EmailAddress email) {
        return new PersonalDetails(givenName, familyName, Objects.requireNonNull(email, "email"));
    }

    /** @return the given name, possibly empty, not null */
    public String givenName() {
        return givenName;
    }

    /** @return the family name, possibly empty, not null */
    public String familyName() {
        return familyName;
    }

    /** @return the e-mail address, if known */
    public Optional<EmailAddress> email() {
        return Optional.ofNullable(email);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalDetails that && givenName.equals(that.givenName)
                && familyName.equals(that.familyName) && Objects.equals(email, that.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(givenName, familyName, email);
    }

    /**
     * Returns a placeholder that reveals nothing, so that personal data never reaches a log.
     *
     * @return {@code "PersonalDetails[hidden]"}, not null
     */
    @Override
    public String toString() {
        return "PersonalDetails[hidden]";
    }
}
