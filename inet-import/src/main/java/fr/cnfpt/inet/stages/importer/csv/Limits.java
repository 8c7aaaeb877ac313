package fr.cnfpt.inet.stages.importer.csv;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/** The messages of the limits a CSV file passed. */
final class Limits {

    private Limits() {
    }

    static LocalizedText fileTooLarge(long limit) {
        return LocalizedText.of("Le fichier dépasse " + limit + " octets : découpez-le, ou relevez la limite avec"
                + " --max-file-size.", "The file is larger than " + limit + " bytes: split it, or raise the limit with"
                + " --max-file-size.");
    }

    static LocalizedText cellTooLong(long limit) {
        return LocalizedText.of("Une cellule dépasse " + limit + " caractères (la limite d'Excel) ; souvent, un"
                + " guillemet ouvert n'est pas refermé : corrigez la ligne, ou relevez la limite avec --max-cell-length."
                + " Le fichier n'est pas lu au-delà.", "A cell is longer than " + limit + " characters (Excel's"
                + " limit); often a quote is opened and never closed: correct the row, or raise the limit with"
                + " --max-cell-length. The file is not read beyond it.");
    }
}
