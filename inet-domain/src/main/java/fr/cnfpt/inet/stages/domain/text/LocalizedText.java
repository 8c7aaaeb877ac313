package fr.cnfpt.inet.stages.domain.text;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.util.Objects;

/**
 * A text in French and in English.
 * <p>
 * The French text is the source (the brochure's words); the English text is its translation using
 * the terms of the project's glossary. Neither may be blank.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fr  the French text, not blank
 * @param en  the English text, not blank
 */
public record LocalizedText(String fr, String en) {

    /**
     * Creates a text, checking that both languages are given.
     *
     * @param fr  the French text, not blank
     * @param en  the English text, not blank
     */
    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
        DomainException.require(!fr.isBlank(), "French text must not be blank");
        if (en.isBlank()) {
            throw new DomainException("English text must not be blank (French: " + fr + ")");
        }
    }

    /**
     * Obtains a text from its French and English versions.
     *
     * @param fr  the French text, not blank
     * @param en  the English text, not blank
     * @return the text, not null
     */
    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    /**
     * Returns the text in a language.
     *
     * @param language  the language, not null
     * @return the text in that language, not null
     */
    public String in(Language language) {
        Objects.requireNonNull(language, "language");
        return language == Language.FR ? fr : en;
    }

    /**
     * Returns the French text.
     *
     * @return the French text, not null
     */
    @Override
    public String toString() {
        return fr;
    }
}
