package fr.cnfpt.inet.stages.importer.json;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * The JSON importer's messages, in French and English: what is wrong, what to do, and what became
 * of the rest of the file. A message that may quote the file (the parser's words) is built without
 * them for a file of personal data.
 * <p>
 * This class is immutable and thread-safe.
 */
final class JsonMessages {

    private static final String RESUMES_FR = " L'enregistrement est rejeté ; la lecture reprend à la ligne suivante qui"
            + " commence par « { ».";
    private static final String RESUMES_EN = " The record is rejected; reading resumes at the next line starting with"
            + " \"{\".";
    private static final String STOPS_FR = " Dans un tableau JSON, l'enregistrement suivant ne peut pas être retrouvé :"
            + " le fichier n'est pas lu au-delà.";
    private static final String STOPS_EN = " In a JSON array the next record cannot be found: the file is not read"
            + " beyond this point.";

    private JsonMessages() {
    }

    static LocalizedText fileEmpty() {
        return LocalizedText.of(
                "Le fichier est vide : il doit contenir un tableau d'objets, ou un objet par ligne (JSON Lines).",
                "The file is empty: it needs an array of objects, or one object per line (JSON Lines).");
    }

    static LocalizedText notText() {
        return LocalizedText.of("Ce fichier n'est pas un fichier texte (il contient des octets nuls) : enregistrez-le"
                + " en JSON (UTF-8), ou donnez-lui l'extension de son vrai format (.xlsx, .csv).",
                "This is not a text file (it holds NUL bytes): save it as JSON (UTF-8), or give it the extension of"
                        + " its real format (.xlsx, .csv).");
    }

    static LocalizedText fileTooLarge(long limit) {
        return LocalizedText.of("Le fichier dépasse " + limit + " octets : découpez-le, ou relevez la limite avec"
                + " --max-file-size. Le fichier n'est pas lu au-delà.", "The file is larger than " + limit
                + " bytes: split it, or raise the limit with --max-file-size. The file is not read beyond this point.");
    }

    static LocalizedText unreadable(String reason) {
        return LocalizedText.of("Le fichier ne peut pas être lu jusqu'au bout (" + reason + ") : vérifiez qu'il est"
                + " lisible et complet, puis relancez.", "The file cannot be read to its end (" + reason + "): check"
                + " that it is readable and whole, then run again.");
    }

    /**
     * Describes a fault of syntax or encoding, or a limit passed.
     *
     * @param fault  the fault, not null
     * @param where  where to say it is: the fault, or the record that passes a limit, not null
     * @param limit  the limit passed, for {@code CELL_TOO_LONG}, {@code NESTING_TOO_DEEP} and {@code KEYS_TOO_MANY}
     * @param quoting  true to add the parser's words, which may quote the file
     * @param stops  true if reading stops there (a JSON array), false if it resumes
     * @return the message, not null
     */
    static LocalizedText fault(JsonFault fault, Place where, int limit, boolean quoting, boolean stops) {
        String there = " à la ligne " + where.line() + (where.character() > 0 ? ", colonne " + where.character() : "");
        String at = " on line " + where.line() + (where.character() > 0 ? ", column " + where.character() : "");
        String then = stops ? STOPS_FR : RESUMES_FR;
        String thenEn = stops ? STOPS_EN : RESUMES_EN;
        return switch (fault.kind()) {
            case NOT_UTF8 -> LocalizedText.of("Le texte" + there + " contient des octets qui ne sont pas de l'UTF-8 :"
                    + " enregistrez le fichier en UTF-8." + then, "The text" + at + " holds bytes that are not UTF-8:"
                    + " save the file as UTF-8." + thenEn);
            case TOO_LONG -> LocalizedText.of("Une valeur de l'enregistrement" + there + " dépasse " + limit
                    + " caractères : raccourcissez-la, ou relevez la limite avec --max-cell-length." + then,
                    "A value of the record" + at + " is longer than " + limit
                    + " characters: shorten it, or raise the limit with --max-cell-length." + thenEn);
            case TOO_MANY_KEYS -> LocalizedText.of("L'enregistrement" + there + " a plus de " + limit + " clés ; un"
                    + " enregistrement en a au plus " + limit + " : gardez les clés décrites dans docs/formats.md." + then,
                    "The record" + at + " has more than " + limit + " keys; a record has at most " + limit + ": keep the"
                    + " keys of docs/formats.md." + thenEn);
            case TOO_DEEP -> LocalizedText.of("Le JSON" + there + " est imbriqué sur plus de " + limit + " niveaux : un"
                    + " enregistrement est un objet plat." + then, "The JSON" + at + " is nested more than " + limit
                    + " levels deep: a record is a flat object." + thenEn);
            default -> {
                String detail = quoting && !fault.detail().isEmpty() ? " (" + fault.detail() + ")" : "";
                yield LocalizedText.of("JSON incorrect" + there + " : " + fault.kind().french() + detail
                        + ". Corrigez la syntaxe à cet endroit." + then, "Invalid JSON" + at + ": "
                        + fault.kind().english() + detail + ". Correct the syntax there." + thenEn);
            }
        };
    }

    static LocalizedText unclosed(Place record, long next) {
        return LocalizedText.of("L'enregistrement commencé à la ligne " + record.line() + " n'est pas fermé : la ligne "
                + next + " en commence un autre. Complétez-le (« } ») ou supprimez-le ; la lecture reprend à la ligne "
                + next + ".", "The record starting on line " + record.line() + " is not closed: line " + next
                + " starts another one. Complete it (\"}\") or delete it; reading resumes on line " + next + ".");
    }

    static LocalizedText truncated(Place record) {
        return LocalizedText.of("L'enregistrement commencé à la ligne " + record.line() + " est tronqué : le fichier"
                + " finit avant sa fin (« } »). Complétez-le ou supprimez-le.", "The record starting on line "
                + record.line() + " is cut short: the file ends before its end (\"}\"). Complete it or delete it.");
    }

    static LocalizedText contentAfterArray() {
        return LocalizedText.of("Du contenu suit le tableau principal : un fichier JSON contient un seul tableau. Le"
                + " fichier n'est pas lu au-delà.", "Content follows the main array: a JSON file holds a single array."
                + " The file is not read beyond this point.");
    }

    static LocalizedText recordNotObject() {
        return LocalizedText.of("Chaque enregistrement est un objet JSON ({\"reference\": …}) : remplacez cette valeur.",
                "Each record is a JSON object ({\"reference\": …}): replace this value.");
    }

    static LocalizedText keysTooMany(long keys, int max) {
        return LocalizedText.of("L'enregistrement a " + keys + " clés ; un enregistrement en a au plus " + max
                + " : gardez les clés décrites dans docs/formats.md.", "The record has " + keys + " keys; a record"
                + " has at most " + max + ": keep the keys of docs/formats.md.");
    }

    static LocalizedText keyDuplicate(String key) {
        return key.isEmpty()
                ? LocalizedText.of("Une clé apparaît deux fois dans l'objet : gardez-en une.",
                        "A key appears twice in the object: keep one.")
                : LocalizedText.of("La clé « " + key + " » apparaît deux fois dans l'objet : gardez-en une.",
                        "The \"" + key + "\" key appears twice in the object: keep one.");
    }

    static LocalizedText valueNotScalar(String key) {
        String fr = key.isEmpty() ? "La valeur d'une clé" : "La valeur de « " + key + " »";
        String en = key.isEmpty() ? "The value of a key" : "The value of \"" + key + "\"";
        return LocalizedText.of(fr + " est un objet ou un tableau imbriqué : donnez un texte, un nombre, ou un tableau"
                + " de codes.", en + " is a nested object or array: give a text, a number, or an array of codes.");
    }

    static LocalizedText listTooLong(String key, int limit) {
        String fr = key.isEmpty() ? "Un tableau de valeurs" : "Le tableau de « " + key + " »";
        String en = key.isEmpty() ? "An array of values" : "The array of \"" + key + "\"";
        return LocalizedText.of(fr + " dépasse " + limit + " caractères une fois ses valeurs jointes : raccourcissez-le.",
                en + " is longer than " + limit + " characters once its values are joined: shorten it.");
    }
}
