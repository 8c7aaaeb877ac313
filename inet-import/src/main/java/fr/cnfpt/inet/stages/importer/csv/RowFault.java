package fr.cnfpt.inet.stages.importer.csv;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;

/**
 * Why a CSV row is rejected before its cells are read as values: a cell longer than the limit, or
 * bytes that are not of the file's encoding. Found on the parsing thread, reported on the checking
 * thread. The messages quote nothing of the file but the header's name of a column.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the problem's code
 * @param position  the position of the cell at fault, 0-based, or -1 for the whole row
 * @param value  the start of the cell at fault, or empty
 * @param message  what is wrong and what to do
 */
record RowFault(ProblemCode code, int position, String value, LocalizedText message) {

    /** Counts and rejects the row with its problem; returns false once the row limit is passed. */
    boolean reject(RowBinder binder, long line) {
        return position < 0 ? binder.reject(line, code, value, message)
                : binder.rejectCell(line, position, code, value, message);
    }

    /** A cell longer than the limit: the row is rejected, the next ones are read. */
    static RowFault cellTooLong(int position, String column, String start, int limit) {
        String fr = column.isEmpty() ? "La cellule n° " + (position + 1) + " de la ligne"
                : "La cellule de la colonne « " + column + " »";
        String en = column.isEmpty() ? "Cell " + (position + 1) + " of the row" : "The \"" + column + "\" cell";
        return new RowFault(RowProblem.CELL_TOO_LONG, position, start, LocalizedText.of(fr + " dépasse " + limit
                + " caractères (la limite d'Excel) : raccourcissez-la, ou relevez la limite avec --max-cell-length."
                + " Souvent, un guillemet n'est pas refermé là où il devrait. La ligne est rejetée ; les suivantes"
                + " sont lues.",
                en + " is longer than " + limit + " characters (Excel's limit): shorten it, or raise the limit with"
                        + " --max-cell-length. Often a quote is not closed where it should be. The row is rejected;"
                        + " the next ones are read."));
    }

    /** Bytes that are not of the encoding the file is read in (decoded as U+FFFD). */
    static RowFault notOfEncoding(String encoding) {
        return new RowFault(FileProblem.ENCODING_INVALID, -1, "", LocalizedText.of(
                "La ligne contient des octets qui ne sont pas du " + encoding + " : le fichier mélange des encodages."
                        + " Enregistrez-le de nouveau en « CSV UTF-8 », ou forcez --encoding.",
                "The row holds bytes that are not " + encoding + ": the file mixes encodings. Save it again as"
                        + " \"CSV UTF-8\", or force --encoding."));
    }

    /** Bytes that read as UTF-8 in a file read as Windows-1252 from a line on. */
    static RowFault readsAsUtf8(long fromLine) {
        String fr = fromLine > 0 ? " depuis la ligne " + fromLine + " (son premier octet qui n'est pas de l'UTF-8)"
                : "";
        String en = fromLine > 0 ? " from line " + fromLine + " (its first byte that is not UTF-8)" : "";
        return new RowFault(FileProblem.ENCODING_INVALID, -1, "", LocalizedText.of(
                "La ligne se lit en UTF-8 alors que le fichier est lu en windows-1252" + fr + " : le fichier mélange"
                        + " des encodages, et ses accents seraient mal lus (« Ã© » pour « é »). Enregistrez-le de"
                        + " nouveau en « CSV UTF-8 », ou forcez son encodage avec --encoding.",
                "The row reads as UTF-8 while the file is read as windows-1252" + en + ": the file mixes encodings,"
                        + " and its accents would be misread (\"Ã©\" for \"é\"). Save it again as \"CSV UTF-8\", or"
                        + " force its encoding with --encoding."));
    }
}
