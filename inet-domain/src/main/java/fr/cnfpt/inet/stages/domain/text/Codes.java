package fr.cnfpt.inet.stages.domain.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the stable upper-case codes of the domain ({@code CONSERVATEUR_BIBLIOTHEQUES}) as people
 * type them: in any case, with dashes or spaces for underscores, with or without accents
 * ({@code conservateur-bibliothèques}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Codes {

    private Codes() {
    }

    /**
     * Normalises a typed code to the canonical form: accents removed, upper case, dashes and
     * spaces turned into underscores.
     *
     * @param typed  the code as typed, not null
     * @return the canonical form, not null
     */
    public static String normalize(String typed) {
        Objects.requireNonNull(typed, "typed");
        String withoutAccents = Normalizer.normalize(typed.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return withoutAccents.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /**
     * Writes a canonical code the way the command line shows it: lower case with dashes.
     *
     * @param code  the canonical code, such as {@code PROJET_COLLECTIF}, not null
     * @return the code in lower case with dashes, such as {@code projet-collectif}, not null
     */
    public static String dashed(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
