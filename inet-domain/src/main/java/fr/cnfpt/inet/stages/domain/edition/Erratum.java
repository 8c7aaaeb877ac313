package fr.cnfpt.inet.stages.domain.edition;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * An inconsistency found in an edition's source documents, and what the library does about it.
 * The library reports these; it does not copy them silently.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the stable upper-case code, not null
 * @param location  where the inconsistency is in the source, not null
 * @param published  what the source says, quoted, not null
 * @param retained  what the library uses instead, and why, not null
 */
public record Erratum(String code, LocalizedText location, String published, LocalizedText retained) {

    /**
     * Creates an erratum.
     *
     * @param code  the code, not null
     * @param location  where it is, not null
     * @param published  what the source says, not null
     * @param retained  what the library uses, not null
     */
    public Erratum {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(retained, "retained");
        DomainException.require(code.matches("[A-Z][A-Z0-9_]*"), "an erratum's code is upper case: " + code);
    }
}
