package fr.cnfpt.inet.stages.importer.csv;

import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;

/**
 * The checking side of a CSV import: takes the parsed rows in order, reads the header, rejects
 * undecodable rows and rows written with another separator, and binds the others.
 */
final class CsvRows {

    private final RowBinder binder;
    private final DetectingReader reader;
    private final char separator;
    private final long maxCellLength;
    private int headerWidth;
    private boolean headerRead;

    CsvRows(RowBinder binder, DetectingReader reader, char separator, long maxCellLength) {
        this.binder = binder;
        this.reader = reader;
        this.separator = separator;
        this.maxCellLength = maxCellLength;
    }

    void consume(CsvParser parser) throws IOException {
        CsvParsing parsing = new CsvParsing(parser);
        Thread thread = new Thread(parsing, "inet-csv-parser");
        thread.setDaemon(true);
        thread.start();
        try {
            CsvChunk chunk;
            do {
                chunk = parsing.next();
                if (!accept(chunk)) {
                    parsing.cancel();
                    return;
                }
            } while (!chunk.last);
            if (chunk.failure != null) {
                fail(chunk.failure);
            } else if (!headerRead) {
                binder.fail(0, "FILE_EMPTY", "", LocalizedText.of(
                        "Le fichier est vide : il doit avoir une ligne d'en-tête puis une ligne par enregistrement.",
                        "The file is empty: it needs a header row, then one row per record."));
            }
        } catch (InterruptedException e) {
            parsing.cancel();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("import interrupted");
        } finally {
            parsing.cancel();
        }
    }

    private boolean accept(CsvChunk chunk) {
        for (int i = 0; i < chunk.rows.size(); i++) {
            String[] cells = chunk.rows.get(i);
            long line = chunk.lines[i];
            if (!headerRead) {
                headerRead = true;
                headerWidth = cells.length;
                binder.header(line, Arrays.asList(cells));
                continue;
            }
            if (!row(line, cells)) {
                return false;
            }
        }
        return true;
    }

    private boolean row(long line, String[] cells) {
        if (reader.replacements() > 0 && CsvImporter.holdsReplacement(cells)) {
            return binder.reject(line, "ENCODING_INVALID", "", LocalizedText.of(
                    "La ligne contient des octets qui ne sont pas du " + reader.encoding() + " : le fichier mélange"
                            + " des encodages. Enregistrez-le de nouveau en « CSV UTF-8 », ou forcez --encoding.",
                    "The row holds bytes that are not " + reader.encoding() + ": the file mixes encodings. Save it"
                            + " again as \"CSV UTF-8\", or force --encoding."));
        }
        if (cells.length == 1 && headerWidth > 1 && Separators.other(cells[0], separator) != 0) {
            char other = Separators.other(cells[0], separator);
            return binder.reject(line, "SEPARATOR_MIXED", cells[0], LocalizedText.of(
                    "La ligne est séparée par « " + other + " » alors que l'en-tête l'est par « " + separator
                            + " » : utilisez le même séparateur partout.",
                    "The row is separated by " + Separators.name(other) + " while the header uses "
                            + Separators.name(separator) + ": use one separator throughout."));
        }
        return binder.row(line, Arrays.asList(cells));
    }

    private void fail(CsvChunk.Failure failure) {
        LocalizedText message = switch (failure.code()) {
            case "CELL_TOO_LONG" -> Limits.cellTooLong(maxCellLength);
            case "FILE_TOO_LARGE" -> Limits.fileTooLarge(Long.parseLong(failure.detail()));
            case "QUOTE_UNTERMINATED" -> LocalizedText.of(
                    "Un guillemet ouvert à la ligne " + failure.line() + " n'est jamais refermé : doublez les guillemets"
                            + " à l'intérieur d'une valeur (\"\") et refermez-la. Le fichier n'est pas lu au-delà.",
                    "A quote opened on line " + failure.line() + " is never closed: double the quotes inside a value"
                            + " (\"\") and close it. The file is not read beyond it.");
            case "CSV_INVALID" -> LocalizedText.of("Le fichier n'est pas un CSV lisible à partir de cette ligne ("
                    + failure.detail() + ") : corrigez-la. Le fichier n'est pas lu au-delà.",
                    "The file is not readable CSV from this line on (" + failure.detail() + "): correct it. The file is"
                            + " not read beyond it.");
            default -> LocalizedText.of("Le fichier ne peut pas être lu au-delà de cette ligne : " + failure.detail(),
                    "The file cannot be read beyond this line: " + failure.detail());
        };
        binder.fail(failure.line(), failure.code(), "", message);
    }
}
