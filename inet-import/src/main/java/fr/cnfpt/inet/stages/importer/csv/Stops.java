package fr.cnfpt.inet.stages.importer.csv;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * The messages of what ends the reading of a CSV file before its end. None quotes the file's
 * content: a file of trainees holds personal data.
 */
final class Stops {

    private Stops() {
    }

    /** The message of a failure of the parse, by its code. */
    static LocalizedText of(CsvChunk.Failure failure) {
        return switch (failure.code()) {
            case QUOTE_UNTERMINATED -> quoteUnterminated(failure.line());
            case FILE_TOO_LARGE -> fileTooLarge(Long.parseLong(failure.detail()));
            case IMPORTER_FAILED -> failed(failure.line(), failure.detail());
            default -> unreadable(failure.line(), failure.detail());
        };
    }

    static LocalizedText quoteUnterminated(long line) {
        return LocalizedText.of("Un guillemet ouvert à la ligne " + line + " n'est jamais refermé : doublez les"
                + " guillemets à l'intérieur d'une valeur (\"\") et refermez-la. Le fichier n'est pas lu au-delà ;"
                + " les lignes d'avant restent lues.",
                "A quote opened on line " + line + " is never closed: double the quotes inside a value (\"\") and"
                        + " close it. The file is not read beyond it; the lines before stand.");
    }

    static LocalizedText fileTooLarge(long limit) {
        return LocalizedText.of("Le fichier dépasse " + limit + " octets : découpez-le, ou relevez la limite avec"
                + " --max-file-size. Il n'est pas lu au-delà.", "The file is larger than " + limit + " bytes: split"
                + " it, or raise the limit with --max-file-size. It is not read beyond.");
    }

    /**
     * @param line  the first line not read, or 0 if none was
     * @param detail  the system's words for the failure, which quote nothing of the file
     */
    static LocalizedText unreadable(long line, String detail) {
        String fr = line > 1 ? "au-delà de la ligne " + (line - 1) : "";
        String en = line > 1 ? "beyond line " + (line - 1) : "";
        return LocalizedText.of("Le fichier ne peut pas être lu " + (fr.isEmpty() ? "" : fr + " ") + "(" + detail
                + ") : vérifiez qu'il est lisible et complet, puis relancez.",
                "The file cannot be read " + (en.isEmpty() ? "" : en + " ") + "(" + detail + "): check that it is"
                        + " readable and whole, then run again.");
    }

    /** A failure of the importer itself (a bug, or no memory left): the rest of the file is not read. */
    static LocalizedText failed(long line, String kind) {
        return LocalizedText.of("L'importateur CSV a échoué à la ligne " + line + " (" + kind + ") : le reste du"
                + " fichier n'est pas lu. Signalez-le avec le fichier.",
                "The CSV importer failed on line " + line + " (" + kind + "): the rest of the file is not read."
                        + " Report it with the file.");
    }
}
