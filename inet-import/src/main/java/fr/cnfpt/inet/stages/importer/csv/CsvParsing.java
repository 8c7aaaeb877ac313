package fr.cnfpt.inet.stages.importer.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fr.cnfpt.inet.stages.importer.spi.FileTooLargeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses and binds CSV rows on its own thread, and hands what the binding sent over in chunks, so
 * that parsing and binding on one core overlap with the caller's checks on the other. Stops at the
 * end of the file, at the first unreadable point, when the row limit is passed, or when the
 * caller's side cancels.
 */
final class CsvParsing implements Runnable {

    private final CsvParser parser;
    private final CsvRows rows;
    private final Relay relay;
    private final BlockingQueue<CsvChunk> chunks = new ArrayBlockingQueue<>(4);
    private volatile boolean cancelled;

    CsvParsing(CsvParser parser, CsvRows rows, Relay relay) {
        this.parser = parser;
        this.rows = rows;
        this.relay = relay;
    }

    /** Takes the next chunk, waiting for it. */
    CsvChunk next() throws InterruptedException {
        return chunks.take();
    }

    void cancel() {
        cancelled = true;
        chunks.clear();
    }

    @Override
    public void run() {
        CsvChunk chunk = new CsvChunk();
        relay.into(chunk.events);
        long line = 1;
        try {
            List<String> cells = new ArrayList<>(32);
            JsonToken token;
            int depth = 0;
            boolean reading = true;
            while (reading && !cancelled && (token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    if (++depth == 2) {
                        line = parser.currentLocation().getLineNr();
                        cells.clear();
                    }
                } else if (token == JsonToken.END_ARRAY) {
                    if (depth-- != 2) {
                        continue;
                    }
                    try {
                        reading = rows.row(line, cells.toArray(new String[0]));
                    } catch (RuntimeException e) {
                        chunk.crash = e;
                        break;
                    }
                    if (chunk.countRow()) {
                        put(chunk);
                        chunk = new CsvChunk();
                        relay.into(chunk.events);
                    }
                } else if (token.isScalarValue()) {
                    cells.add(parser.getText());
                }
            }
            if (reading && !cancelled && chunk.crash == null) {
                rows.end();
            }
        } catch (StreamConstraintsException e) {
            rows.fail(new Failure(line, "CELL_TOO_LONG", e.getMessage()));
        } catch (FileTooLargeException e) {
            rows.fail(new Failure(line, "FILE_TOO_LARGE", String.valueOf(e.limit())));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            boolean quote = message != null && message.toLowerCase(java.util.Locale.ROOT).contains("quote");
            rows.fail(new Failure(line, quote ? "QUOTE_UNTERMINATED" : "CSV_INVALID", message == null ? "" : message));
        } catch (IOException | RuntimeException e) {
            rows.fail(new Failure(line, "FILE_UNREADABLE", String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        chunk.last = true;
        try {
            put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(CsvChunk chunk) throws InterruptedException {
        while (!cancelled) {
            if (chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** Why the parse stopped before the end of the file. */
    record Failure(long line, String code, String detail) {
    }
}
