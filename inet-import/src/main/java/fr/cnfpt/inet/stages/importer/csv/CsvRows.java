package fr.cnfpt.inet.stages.importer.csv;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.util.Arrays;
import java.util.List;

/**
 * The checking side of a CSV import: takes the parsed rows in order, reads the header, rejects the
 * rows the parse found at fault and rows written with another separator, and binds the others.
 * Whatever stops the reading (the parse's failure, the row limit, a failure of its own) is reported
 * with the line where it stopped, and the parsing thread is stopped with it.
 */
final class CsvRows {

    private static final long JOIN_MILLIS = 5_000;

    private final RowBinder binder;
    private final char separator;
    private int headerWidth;
    private boolean headerRead;
    private long line;

    CsvRows(RowBinder binder, char separator) {
        this.binder = binder;
        this.separator = separator;
    }

    /** Runs the parse on its own thread and checks its rows until it ends; never throws. */
    void consume(CsvParsing parsing) {
        Thread thread = new Thread(parsing, "inet-csv-parser");
        thread.setDaemon(true);
        thread.start();
        try {
            CsvChunk chunk;
            do {
                chunk = parsing.next();
                boolean going = accept(chunk);
                parsing.done(chunk);
                if (!going) {
                    return;
                }
            } while (!chunk.last);
            if (chunk.failure != null) {
                binder.stop(chunk.failure.line(), 0, chunk.failure.code(), "", Stops.of(chunk.failure));
            } else if (!headerRead) {
                binder.fail(0, FileProblem.FILE_EMPTY, "", LocalizedText.of(
                        "Le fichier est vide : il doit avoir une ligne d'en-tête puis une ligne par enregistrement.",
                        "The file is empty: it needs a header row, then one row per record."));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            binder.stop(line + 1, 0, FileProblem.FILE_UNREADABLE, "", Stops.unreadable(line + 1, "interrupted"));
        } catch (RuntimeException | Error e) {
            binder.stop(Math.max(1, line), 0, FileProblem.IMPORTER_FAILED, "", Stops.failed(Math.max(1, line),
                    e.getClass().getSimpleName()));
        } finally {
            parsing.cancel();
            join(thread);
        }
    }

    private boolean accept(CsvChunk chunk) {
        for (int i = 0; i < chunk.count; i++) {
            String[] cells = chunk.rows[i];
            line = chunk.lines[i];
            List<String> row = chunk.sizes[i] == cells.length ? Arrays.asList(cells)
                    : new WideRow(cells, chunk.sizes[i]);
            if (!headerRead) {
                headerRead = true;
                headerWidth = cells.length;
                binder.header(line, row);
                continue;
            }
            RowFault fault = chunk.fault(i);
            if (!(fault == null ? row(line, cells, row) : fault.reject(binder, line))) {
                return false;
            }
        }
        return true;
    }

    private boolean row(long line, String[] cells, List<String> row) {
        if (cells.length == 1 && headerWidth > 1 && Separators.other(cells[0], separator) != 0) {
            char other = Separators.other(cells[0], separator);
            return binder.reject(line, RowProblem.SEPARATOR_MIXED, cells[0], LocalizedText.of(
                    "La ligne est séparée par « " + other + " » alors que l'en-tête l'est par « " + separator
                            + " » : utilisez le même séparateur partout.",
                    "The row is separated by " + Separators.name(other) + " while the header uses "
                            + Separators.name(separator) + ": use one separator throughout."));
        }
        return binder.row(line, row);
    }

    private static void join(Thread thread) {
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
