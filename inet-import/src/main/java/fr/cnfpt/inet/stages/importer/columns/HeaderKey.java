package fr.cnfpt.inet.stages.importer.columns;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching key of a header: lower case, without accents, keeping only letters and digits, so
 * that {@code "Date de dépôt"}, {@code "DATE_DE_DEPOT"} and {@code "date de depot "} match.
 */
final class HeaderKey {

    private HeaderKey() {
    }

    static String of(String header) {
        String stripped = Normalizer.normalize(header, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(stripped.length());
        stripped.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(c -> Character.toLowerCase(c))
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
    }
}
