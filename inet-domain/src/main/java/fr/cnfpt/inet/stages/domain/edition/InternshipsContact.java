package fr.cnfpt.inet.stages.domain.edition;

import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.contact.PhoneNumber;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * INET's contact for internships, as the brochure gives it: the internships coordinator, her
 * role, e-mail address, telephone and mobile numbers.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param givenName  the given name, not null
 * @param familyName  the family name, not null
 * @param role  the role, not null
 * @param email  the e-mail address, not null
 * @param telephone  the office telephone, not null
 * @param mobile  the mobile telephone, not null
 */
public record InternshipsContact(String givenName, String familyName, LocalizedText role, EmailAddress email,
        PhoneNumber telephone, PhoneNumber mobile) {

    /**
     * Creates a contact.
     *
     * @param givenName  the given name, not null
     * @param familyName  the family name, not null
     * @param role  the role, not null
     * @param email  the e-mail address, not null
     * @param telephone  the office telephone, not null
     * @param mobile  the mobile telephone, not null
     */
    public InternshipsContact {
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(telephone, "telephone");
        Objects.requireNonNull(mobile, "mobile");
    }

    /**
     * Returns the full name as the brochure's contact page writes it: "Ingrid VIBET".
     *
     * @return the name, not null
     */
    public String fullName() {
        return givenName + " " + familyName;
    }
}
