package fr.cnfpt.inet.stages.domain.host;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A country other than France, by its ISO 3166-1 alpha-2 code, for hosts abroad.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the upper-case ISO 3166-1 alpha-2 code, not {@code FR}
 */
public record Country(String code) {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    /**
     * Creates a country, checking its code.
     *
     * @param code  the upper-case ISO 3166-1 alpha-2 code, not {@code FR}
     */
    public Country {
        Objects.requireNonNull(code, "code");
        DomainException.require(ISO_CODES.contains(code), "not an ISO 3166-1 alpha-2 country code: " + code);
        DomainException.require(!code.equals("FR"), "a host in France is located by its département, not by country");
    }

    /**
     * Finds a country from its ISO code in any case ({@code de}, {@code BE}).
     *
     * @param typed  the code, not null
     * @return the country, or empty if the code is not a foreign ISO country code
     */
    public static Optional<Country> fromCode(String typed) {
        Objects.requireNonNull(typed, "typed");
        String code = typed.trim().toUpperCase(Locale.ROOT);
        return ISO_CODES.contains(code) && !code.equals("FR") ? Optional.of(new Country(code)) : Optional.empty();
    }

    /**
     * Returns the country's name in a language, such as "Allemagne" or "Germany".
     *
     * @param language  the language, not null
     * @return the name, not null
     */
    public String name(Language language) {
        return new Locale("", code).getDisplayCountry(language.locale());
    }

    /**
     * Returns the code.
     *
     * @return the ISO code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
