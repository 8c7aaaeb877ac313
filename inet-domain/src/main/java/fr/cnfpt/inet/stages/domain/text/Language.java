package fr.cnfpt.inet.stages.domain.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A language the library speaks: the brochure is French, its English edition is for the foreign
 * institutions INET works with.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum Language {
    /** French, the language of the brochure. */
    FR(Locale.FRANCE),
    /** English, for foreign host institutions. */
    EN(Locale.UK);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the locale used to format dates and numbers in this language.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the lower-case ISO 639-1 code ({@code fr}, {@code en}).
     *
     * @return the code, not null
     */
    public String code() {
        return locale.getLanguage();
    }

    /**
     * Finds a language by its ISO 639-1 code, in any case.
     *
     * @param code  the code, such as {@code fr} or {@code EN}, not null
     * @return the language, or empty if the library does not speak it
     */
    public static Optional<Language> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
