package fr.cnfpt.inet.stages.importer.spi;

import static fr.cnfpt.inet.stages.domain.rule.Severity.ERROR;
import static fr.cnfpt.inet.stages.domain.rule.Severity.WARNING;

import fr.cnfpt.inet.stages.domain.rule.ProblemDefinition;
import fr.cnfpt.inet.stages.domain.rule.Severity;

/**
 * The data problems of a file as a whole: its content, encoding, size, header and syntax. Most
 * stop the reading: the rows read before stand, the rest is the file's unread part.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum FileProblem implements ProblemCode {
    /** No content at all. */
    FILE_EMPTY(ERROR, true, "Le fichier n'a pas de contenu (ni ligne d'en-tête, ni feuille, ni document JSON).",
            "The file has no content (no header row, no sheet, no JSON document).",
            "Vérifiez que c'est le bon fichier.", "Check that it is the right file."),
    /** A header and no data row. */
    NO_DATA_ROWS(WARNING, false, "Le fichier a un en-tête et aucune ligne de données.",
            "The file has a header and no data row.", "Vérifiez que c'est le bon fichier.",
            "Check that it is the right file."),
    /** Larger than the limit of bytes. */
    FILE_TOO_LARGE(ERROR, true, "Le fichier dépasse la taille maximale lue.", "The file exceeds the largest size read.",
            "Découpez le fichier, ou relevez la limite (--max-file-size).", "Split the file, or raise the limit (--max-file-size)."),
    /** More rows than the limit. */
    TOO_MANY_ROWS(ERROR, true, "Le fichier dépasse le nombre maximal de lignes lues.",
            "The file exceeds the largest number of rows read.",
            "Découpez le fichier, ou relevez la limite (--max-rows).", "Split the file, or raise the limit (--max-rows)."),
    /** NUL bytes near the start of a text file. */
    NOT_TEXT(ERROR, true, "Le fichier .csv ou .json contient des octets nuls : c'est un fichier binaire, pas du texte.",
            "The .csv or .json file holds NUL bytes: it is binary, not text.",
            "Enregistrez le fichier en CSV ou en JSON.", "Save the file as CSV or JSON."),
    /** Bytes that are not of the file's encoding. */
    ENCODING_INVALID(ERROR, false, "L'enregistrement contient des octets qui ne sont pas de l'encodage du fichier.",
            "The record holds bytes that are not of the file's encoding.",
            "Enregistrez le fichier dans un seul encodage (UTF-8 de préférence).",
            "Save the file in one encoding (preferably UTF-8)."),
    /** The first row names no known column. */
    HEADER_MISSING(ERROR, true, "La première ligne ne nomme aucune colonne connue : le fichier commence par des données.",
            "The first row names no known column: the file starts with data.",
            "Ajoutez la ligne d'en-tête (voir docs/formats.md).", "Add the header row (see docs/formats.md)."),
    /** A required column is absent. */
    COLUMN_MISSING(ERROR, true, "Une colonne obligatoire est absente : chaque ligne est comptée et rejetée.",
            "A required column is absent: every row is counted and rejected.",
            "Ajoutez la colonne, sous l'un des noms acceptés.", "Add the column, under one of the accepted names."),
    /** Two columns give the same field. */
    COLUMN_DUPLICATE(ERROR, true, "Deux colonnes donnent le même champ.", "Two columns give the same field.",
            "Gardez une seule des deux colonnes.", "Keep only one of the two columns."),
    /** More columns than the limit. */
    COLUMNS_TOO_MANY(ERROR, true, "L'en-tête a plus de colonnes que la limite : chaque ligne est comptée et rejetée.",
            "The header has more columns than the limit: every row is counted and rejected.",
            "Supprimez les colonnes inutiles, ou relevez la limite (--max-columns).",
            "Remove the needless columns, or raise the limit (--max-columns)."),
    /** A column or key that matches no field. */
    COLUMN_UNKNOWN(WARNING, false, "Une colonne ou une clé ne correspond à aucun champ : elle est ignorée.",
            "A column or key matches no field: it is ignored.",
            "Renommez-la si elle devait être lue (voir docs/formats.md).",
            "Rename it if it was meant to be read (see docs/formats.md)."),
    /** A quote never closed. */
    QUOTE_UNTERMINATED(ERROR, true, "Un guillemet ouvert n'est jamais refermé : il avalerait le reste du fichier.",
            "A quote opened is never closed: it would swallow the rest of the file.",
            "Doublez les guillemets à l'intérieur d'une valeur et refermez-la.",
            "Double the quotes inside a value and close it."),
    /** Broken JSON syntax. */
    JSON_INVALID(ERROR, false, "La syntaxe JSON est rompue à cet endroit.", "The JSON syntax breaks there.",
            "Corrigez la syntaxe à la ligne et à la colonne données.", "Correct the syntax at the line and column given."),
    /** JSON nested too deep. */
    NESTING_TOO_DEEP(ERROR, false, "Le JSON est imbriqué trop profondément.", "The JSON is nested too deep.",
            "Écrivez un objet plat par enregistrement.", "Write one flat object per record."),
    /** Not a readable workbook, or a damaged sheet. */
    XLSX_INVALID(ERROR, true, "Ce n'est pas un classeur .xlsx lisible, ou la feuille est endommagée.",
            "Not a readable .xlsx workbook, or the sheet is damaged.",
            "Enregistrez le classeur au format .xlsx, sans mot de passe.", "Save the workbook as .xlsx, without a password."),
    /** A workbook refused for safety. */
    XLSX_UNSAFE(ERROR, true, "Le classeur est refusé par sécurité (archive piégée, déclarations XML).",
            "The workbook is refused for safety (a zip bomb, XML declarations).",
            "Enregistrez les données dans un nouveau classeur.", "Save the data in a new workbook."),
    /** A workbook that cannot be read in bounded memory. */
    XLSX_TOO_LARGE(ERROR, true, "Le classeur ne peut pas être lu dans la mémoire permise.",
            "The workbook cannot be read in the memory allowed.",
            "Découpez le classeur, ou enregistrez-le en CSV.", "Split the workbook, or save it as CSV."),
    /** The sheet asked for is not in the workbook. */
    SHEET_NOT_FOUND(ERROR, true, "Le classeur n'a pas de feuille de ce nom.", "The workbook has no sheet of that name.",
            "Donnez l'une des feuilles que le message liste (--sheet).", "Give one of the sheets the message lists (--sheet)."),
    /** The content could not be read further. */
    FILE_UNREADABLE(ERROR, true, "Le contenu n'a pas pu être lu plus loin.", "The content could not be read further.",
            "Vérifiez le fichier et relancez (le message donne la raison du système).",
            "Check the file and run again (the message gives the system's reason)."),
    /** The importer failed on the file. */
    IMPORTER_FAILED(ERROR, true, "L'importeur a échoué sur le fichier.", "The importer failed on the file.",
            "Signalez-le avec le fichier ; les lignes d'avant restent lues.",
            "Report it with the file; the rows before stand."),
    /** An importer's row count differs from the rows it passed on. */
    IMPORTER_MISCOUNT(ERROR, false, "Le nombre de lignes donné par l'importeur ne correspond pas aux lignes transmises.",
            "The importer's row count does not match the rows it passed on.",
            "Signalez-le à l'auteur de l'importeur.", "Report it to the importer's author."),
    /** The rows rejected, as the statistics total them. */
    ROWS_LEFT_OUT(ERROR, false, "Lignes rejetées d'un fichier (total des statistiques).",
            "Rows of a file rejected (a total of the statistics).",
            "Corrigez les problèmes relevés par inet validate.", "Correct the problems inet validate finds."),
    /** The lines not read after a stop, as the statistics total them. */
    LINES_NOT_READ(ERROR, false, "Lignes non lues après l'arrêt de la lecture d'un fichier (total des statistiques).",
            "Lines not read after the reading of a file stopped (a total of the statistics).",
            "Corrigez le problème qui a arrêté la lecture.", "Correct the problem that stopped the reading.");

    private final ProblemDefinition definition;
    private final boolean stops;

    FileProblem(Severity severity, boolean stops, String meaningFr, String meaningEn, String actionFr, String actionEn) {
        this.definition = ProblemDefinition.of(name(), severity, meaningFr, meaningEn, actionFr, actionEn);
        this.stops = stops;
    }

    @Override
    public ProblemDefinition definition() {
        return definition;
    }

    @Override
    public boolean stops() {
        return stops;
    }
}
