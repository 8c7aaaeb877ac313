package fr.cnfpt.inet.stages.domain.edition;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * One text of an edition, with where it is: {@code internshipTypes[OBSERVATION].purpose[0]}, in the
 * terms of the edition's JSON format ({@code docs/edition-format.md}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param where  the text's place in the edition, not null
 * @param text  the text in both languages, not null
 */
public record EditionText(String where, LocalizedText text) {

    /**
     * Creates an edition's text.
     *
     * @param where  the place, not null
     * @param text  the text, not null
     */
    public EditionText {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(text, "text");
    }
}
