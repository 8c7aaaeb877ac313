package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.text.Codes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the codes of an enum as people type them: the code itself ({@code INGENIEUR_EN_CHEF}), its
 * words in any case, with accents, plurals and small words ({@code Ingénieurs en chef},
 * {@code Conservateur de bibliothèques}, {@code Stage d'observation}), or a known abbreviation
 * ({@code ICT}). Remembers what it has read, as the same few values fill a whole column.
 * <p>
 * Instances are not thread-safe: one per reading thread.
 *
 * @param <E>  the enum
 */
final class CodeReader<E extends Enum<E>> {

    private static final Set<String> SMALL_WORDS = Set.of("DE", "DES", "DU", "D", "LA", "LE", "L", "LES", "STAGE",
            "STAGES", "ELEVE", "ELEVES", "TERRITORIAL", "TERRITORIALE", "TERRITORIAUX", "TERRITORIALES", "THE", "OF");
    private static final int MAX_REMEMBERED = 4096;

    private final Map<String, E> byKey;
    private final Map<String, Optional<E>> remembered = new HashMap<>();

    private CodeReader(Map<String, E> byKey) {
        this.byKey = byKey;
    }

    static <E extends Enum<E>> CodeReader<E> of(Class<E> type, Map<String, E> abbreviations) {
        Map<String, E> keys = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(e -> key(e.name()), Function.identity()));
        abbreviations.forEach((abbreviation, value) -> keys.put(key(abbreviation), value));
        return new CodeReader<>(Map.copyOf(keys));
    }

    Optional<E> read(String typed) {
        Optional<E> known = remembered.get(typed);
        if (known != null) {
            return known;
        }
        Optional<E> found = Optional.ofNullable(byKey.get(key(typed)));
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(typed, found);
        }
        return found;
    }

    static String key(String typed) {
        return Arrays.stream(Codes.normalize(typed).split("[_'’.()]+"))
                .filter(w -> !w.isEmpty() && !SMALL_WORDS.contains(w))
                .map(CodeReader::singular)
                .collect(Collectors.joining("_"))
                .toUpperCase(Locale.ROOT);
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("AUX")) {
            return word.substring(0, word.length() - 3) + "AL";
        }
        return word.length() > 3 && (word.endsWith("S") || word.endsWith("X")) ? word.substring(0, word.length() - 1)
                : word;
    }
}
