package fr.cnfpt.inet.stages.importer.spi;

import static fr.cnfpt.inet.stages.domain.rule.Severity.ERROR;
import static fr.cnfpt.inet.stages.domain.rule.Severity.WARNING;

import fr.cnfpt.inet.stages.domain.rule.ProblemDefinition;
import fr.cnfpt.inet.stages.domain.rule.Severity;

/**
 * The data problems of a row: its shape (cells, keys, separator) and each value (required, of its
 * type, a known code). An error rejects the row, the next rows are read; a warning keeps it.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum RowProblem implements ProblemCode {
    /** The row has more cells than the header. */
    ROW_TOO_MANY_CELLS(ERROR, "La ligne a plus de cellules que l'en-tête.",
            "The row has more cells than the header.",
            "Mettez entre guillemets une valeur qui contient le séparateur.", "Quote a value that contains the separator."),
    /** A cell is longer than the limit: the row is rejected. */
    CELL_TOO_LONG(ERROR, "Une cellule dépasse la longueur maximale : la ligne est rejetée.",
            "A cell is longer than the limit: the row is rejected.",
            "Raccourcissez la valeur, ou relevez la limite (--max-cell-length).", "Shorten the value, or raise the limit (--max-cell-length)."),
    /** A JSON record has more keys than the limit. */
    KEYS_TOO_MANY(ERROR, "Un enregistrement JSON a plus de clés que la limite.",
            "A JSON record has more keys than the limit.",
            "Supprimez les clés inutiles, ou relevez la limite (--max-columns).", "Remove the needless keys, or raise the limit (--max-columns)."),
    /** The row uses another separator than the header. */
    SEPARATOR_MIXED(ERROR, "La ligne utilise un autre séparateur que l'en-tête.",
            "The row uses another separator than the header.",
            "Utilisez le séparateur de l'en-tête sur toutes les lignes.", "Use the header's separator on every row."),
    /** A JSON record is not an object. */
    RECORD_NOT_OBJECT(ERROR, "Un enregistrement JSON n'est pas un objet.",
            "A JSON record is not an object.",
            "Écrivez chaque enregistrement comme un objet {…}.", "Write each record as an object {…}."),
    /** A JSON value is a nested object or array. */
    VALUE_NOT_SCALAR(ERROR, "Une valeur JSON est un objet ou une liste imbriqués.",
            "A JSON value is a nested object or array.",
            "Écrivez un texte, un nombre ou une liste de codes.", "Write a text, a number or a list of codes."),
    /** A key appears twice in a JSON record. */
    KEY_DUPLICATE(ERROR, "Une clé apparaît deux fois dans un enregistrement JSON.",
            "A key appears twice in a JSON record.",
            "Gardez une seule des deux clés.", "Keep only one of the two keys."),
    /** Two keys give the same field. */
    KEY_CONFLICT(ERROR, "Deux clés donnent le même champ.",
            "Two keys give the same field.",
            "Gardez une seule des deux clés.", "Keep only one of the two keys."),
    /** A required value is empty. */
    VALUE_REQUIRED(ERROR, "Une valeur obligatoire est vide.",
            "A required value is empty.",
            "Remplissez-la.", "Fill it in."),
    /** A reference or id is over 64 characters or holds line breaks. */
    IDENTIFIER_INVALID(ERROR, "Une référence ou un identifiant dépasse 64 caractères ou contient des retours à la ligne.",
            "A reference or id is over 64 characters or holds line breaks.",
            "Raccourcissez-le, sur une ligne.", "Shorten it, on one line."),
    /** The value is not a date. */
    DATE_INVALID(ERROR, "La valeur n'est pas une date.",
            "The value is not a date.",
            "Écrivez la date au format JJ/MM/AAAA ou AAAA-MM-JJ.", "Write the date as DD/MM/YYYY or YYYY-MM-DD."),
    /** A date is written with a two-digit year: it is read as 20yy. */
    DATE_TWO_DIGIT_YEAR(WARNING, "Une date est écrite avec une année à deux chiffres : elle est lue comme 20aa.",
            "A date is written with a two-digit year: it is read as 20yy.",
            "Écrivez l'année à quatre chiffres.", "Write the year with four digits."),
    /** The value is not a whole number. */
    NUMBER_INVALID(ERROR, "La valeur n'est pas un nombre entier.",
            "The value is not a whole number.",
            "Écrivez un nombre entier, sans unité.", "Write a whole number, without a unit."),
    /** The value is not an amount in euros. */
    AMOUNT_INVALID(ERROR, "La valeur n'est pas un montant en euros.",
            "The value is not an amount in euros.",
            "Écrivez un montant en chiffres, sans symbole monétaire.", "Write an amount in figures, without a currency sign."),
    /** The value is not an e-mail address. */
    EMAIL_INVALID(ERROR, "La valeur n'est pas une adresse électronique.",
            "The value is not an e-mail address.",
            "Écrivez une adresse comme nom@domaine.fr.", "Write an address such as name@domain.fr."),
    /** A population is zero or less. */
    POPULATION_NOT_POSITIVE(ERROR, "Une population est nulle ou négative.",
            "A population is zero or less.",
            "Écrivez le nombre d'habitants, ou laissez vide.", "Write the number of inhabitants, or leave it empty."),
    /** The host kind is not a known code. */
    HOST_KIND_UNKNOWN(ERROR, "Le type de structure n'est pas un code connu.",
            "The host kind is not a known code.",
            "Utilisez l'un des codes que le message liste.", "Use one of the codes the message lists."),
    /** The internship type is not a known code. */
    TYPE_UNKNOWN(ERROR, "Le type de stage n'est pas un code connu.",
            "The internship type is not a known code.",
            "Utilisez l'un des codes que le message liste.", "Use one of the codes the message lists."),
    /** The corps is not a known code. */
    CORPS_UNKNOWN(ERROR, "Le cadre d'emplois n'est pas un code connu.",
            "The corps is not a known code.",
            "Utilisez l'un des codes que le message liste.", "Use one of the codes the message lists."),
    /** The supervisor is not a known code. */
    SUPERVISOR_UNKNOWN(ERROR, "L'encadrement n'est pas un code connu.",
            "The supervisor is not a known code.",
            "Utilisez l'un des codes que le message liste.", "Use one of the codes the message lists."),
    /** The département is not a known INSEE code. */
    DEPARTEMENT_UNKNOWN(ERROR, "Le département n'est pas un code INSEE connu.",
            "The département is not a known INSEE code.",
            "Écrivez le code INSEE du département (75, 2A, 971…).", "Write the département's INSEE code (75, 2A, 971…)."),
    /** The country is not a known ISO 3166 code. */
    COUNTRY_UNKNOWN(ERROR, "Le pays n'est pas un code ISO 3166 connu.",
            "The country is not a known ISO 3166 code.",
            "Écrivez le code ISO du pays (DE, BE…).", "Write the country's ISO code (DE, BE…)."),
    /** Neither the host's département nor its country is given. */
    LOCATION_MISSING(ERROR, "Ni le département ni le pays de la structure ne sont donnés.",
            "Neither the host's département nor its country is given.",
            "Donnez le département (en France) ou le pays (à l'étranger).", "Give the département (in France) or the country (abroad)."),
    /** Both a département and a foreign country are given. */
    LOCATION_AMBIGUOUS(ERROR, "Le département et un pays étranger sont donnés tous deux.",
            "Both a département and a foreign country are given.",
            "Gardez l'un des deux.", "Keep one of the two."),
    /** Only the first or the last day is given. */
    PERIOD_INCOMPLETE(ERROR, "Seul le premier ou le dernier jour est donné.",
            "Only the first or the last day is given.",
            "Donnez les deux jours, ou aucun.", "Give both days, or neither."),
    /** The last day is before the first. */
    PERIOD_REVERSED(ERROR, "Le dernier jour précède le premier.",
            "The last day is before the first.",
            "Corrigez les dates.", "Correct the dates."),
    /** The cohort is not a valid year. */
    COHORT_INVALID(ERROR, "La promotion n'est pas une année valide.",
            "The cohort is not a valid year.",
            "Écrivez l'année où commence la scolarité (2026).", "Write the year the schooling starts (2026)."),
    /** The cohort differs from the one --cohort gives. */
    COHORT_MISMATCH(ERROR, "La promotion diffère de celle donnée par --cohort.",
            "The cohort differs from the one --cohort gives.",
            "Corrigez la promotion, ou l'option.", "Correct the cohort, or the option."),
    /** A wish's rank is not a whole number of 1 or more. */
    RANK_INVALID(ERROR, "Le rang d'un vœu n'est pas un nombre entier supérieur ou égal à 1.",
            "A wish's rank is not a whole number of 1 or more.",
            "Écrivez le rang du vœu : 1 pour le premier choix, 2 pour le suivant…", "Write the wish's rank: 1 for the first choice, 2 for the next…"),
    /** An offer's number of places is not a whole number of 1 or more. */
    PLACES_INVALID(ERROR, "Le nombre de places d'une offre n'est pas un nombre entier supérieur ou égal à 1.",
            "An offer's number of places is not a whole number of 1 or more.",
            "Écrivez le nombre de places (1 ou plus), ou laissez vide pour une place.", "Write the number of places (1 or more), or leave it empty for one place."),
    /** A placement's team number is not a whole number of 1 or more. */
    TEAM_INVALID(ERROR, "Le numéro d'équipe d'une affectation n'est pas un nombre entier supérieur ou égal à 1.",
            "A placement's team number is not a whole number of 1 or more.",
            "Écrivez le numéro de l'équipe (1, 2…), ou laissez vide.", "Write the team's number (1, 2…), or leave it empty."),
    /** The SIRET number is not 14 digits. */
    SIRET_INVALID(ERROR, "Le numéro SIRET n'a pas 14 chiffres.",
            "The SIRET number is not 14 digits.",
            "Écrivez les 14 chiffres du SIRET de la structure, ou laissez vide.", "Write the host's 14-digit SIRET number, or leave it empty."),
    /** An exclusion names its host neither by its SIRET number nor by its name. */
    HOST_IDENTITY_MISSING(ERROR, "Une exclusion ne nomme la structure ni par son numéro SIRET ni par son nom.",
            "An exclusion names the host neither by its SIRET number nor by its name.",
            "Donnez le SIRET de la structure, ou son nom et son département (ou son pays à l'étranger).",
            "Give the host's SIRET number, or its name and département (or its country abroad)."),
    /** Values that the domain refuses together. */
    RECORD_INVALID(ERROR, "Des valeurs que le domaine refuse ensemble.",
            "Values that the domain refuses together.",
            "Corrigez l'enregistrement comme le message le dit.", "Correct the record as the message says.");

    private final ProblemDefinition definition;

    RowProblem(Severity severity, String meaningFr, String meaningEn, String actionFr, String actionEn) {
        this.definition = ProblemDefinition.of(name(), severity, meaningFr, meaningEn, actionFr, actionEn);
    }

    @Override
    public ProblemDefinition definition() {
        return definition;
    }
}
