package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.CellReference;
import java.util.List;

/**
 * What the importer says of a workbook's sheets and rows, in French and English: what is wrong,
 * where (the cell), and what to do. Quotes no content but cell references, header columns' letters
 * and, for files without personal data, sheet names.
 * <p>
 * This class is immutable and thread-safe.
 */
final class SheetMessages {

    private SheetMessages() {
    }

    static LocalizedText tooLong(String cell, int maxCellLength) {
        return LocalizedText.of("La cellule " + cell + " dépasse " + maxCellLength + " caractères : raccourcissez-la,"
                + " ou relevez la limite avec --max-cell-length. Cette ligne est rejetée ; les suivantes sont lues.",
                "Cell " + cell + " is longer than " + maxCellLength + " characters: shorten it, or raise the limit"
                        + " with --max-cell-length. This row is rejected; the next ones are read.");
    }

    static LocalizedText tooLongInHeader(String cell, int maxCellLength) {
        return LocalizedText.of("La cellule " + cell + " de la ligne d'en-tête dépasse " + maxCellLength
                + " caractères : ce n'est pas un nom de colonne. Corrigez l'en-tête ; aucune ligne n'est acceptée.",
                "Cell " + cell + " of the header row is longer than " + maxCellLength + " characters: it is not a"
                        + " column name. Correct the header; no row is accepted.");
    }

    static LocalizedText beyondHeader(String cell, int headerWidth) {
        String last = CellReference.letters(Math.max(0, headerWidth - 1));
        return LocalizedText.of("La cellule " + cell + " est à droite de la dernière colonne de l'en-tête (" + last
                + ") : déplacez sa valeur sous la bonne colonne, ou effacez-la.", "Cell " + cell + " lies right of the"
                + " header's last column (" + last + "): move its value under the right column, or clear it.");
    }

    static LocalizedText beyondColumns(String cell, int maxColumns) {
        String last = CellReference.letters(maxColumns - 1);
        return LocalizedText.of("La cellule " + cell + " de l'en-tête est au-delà de la colonne " + maxColumns + " ("
                + last + ") : un fichier a au plus " + maxColumns + " colonnes. Supprimez les colonnes en trop, ou"
                + " relevez la limite avec --max-columns ; aucune ligne n'est acceptée.", "Header cell " + cell
                + " lies beyond column " + maxColumns + " (" + last + "): a file has at most " + maxColumns
                + " columns. Delete the extra columns, or raise the limit with --max-columns; no row is accepted.");
    }

    static LocalizedText missingString(String cell, int number) {
        return LocalizedText.of("La cellule " + cell + " renvoie au texte partagé n° " + number + ", que le classeur"
                + " n'a pas : il est endommagé. Les lignes précédentes sont lues, pas la suite ; enregistrez le"
                + " classeur de nouveau depuis Excel.", "Cell " + cell + " refers to shared string " + number
                + ", which the workbook does not have: it is damaged. The rows before are read, not the rest; save"
                + " the workbook again from Excel.");
    }

    static LocalizedText rowNumberedZero(long after) {
        return LocalizedText.of("La feuille numérote une ligne 0 ou moins après la ligne " + after + " : elle est"
                + " endommagée. Les lignes précédentes sont lues, pas la suite ; enregistrez le classeur de nouveau"
                + " depuis Excel.", "The sheet numbers a row 0 or less after row " + after + ": it is damaged. The"
                + " rows before are read, not the rest; save the workbook again from Excel.");
    }

    static LocalizedText sheetEmpty() {
        return LocalizedText.of("La feuille est vide : elle doit avoir une ligne d'en-tête puis une ligne par"
                + " enregistrement.", "The sheet is empty: it needs a header row, then one row per record.");
    }

    static LocalizedText fileEmpty() {
        return LocalizedText.of("Le fichier est vide (0 octet) : enregistrez le classeur de nouveau depuis Excel.",
                "The file is empty (0 bytes): save the workbook again from Excel.");
    }

    static LocalizedText noSheet() {
        return LocalizedText.of("Le classeur n'a aucune feuille : il doit en avoir une, avec une ligne d'en-tête puis"
                + " une ligne par enregistrement.", "The workbook has no sheet: it needs one, with a header row, then"
                + " one row per record.");
    }

    /**
     * Says a sheet asked for is not in the workbook, listing the sheets, or only counting them
     * when their names may be personal data.
     */
    static LocalizedText sheetNotFound(String asked, List<String> names, boolean listed) {
        String sheets = listed ? String.join(", ", names) : String.valueOf(names.size());
        return LocalizedText.of("Le classeur n'a pas de feuille « " + asked + " » ; " + (listed ? "feuilles : "
                : "nombre de feuilles : ") + sheets + ". Donnez à --sheet le nom d'un onglet tel qu'Excel l'affiche.",
                "The workbook has no \"" + asked + "\" sheet; " + (listed ? "sheets: " : "number of sheets: ") + sheets
                        + ". Give --sheet the name of a tab as Excel shows it.");
    }
}
