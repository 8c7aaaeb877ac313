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

/**
 * Parses CSV rows on its own thread and hands them over in chunks, so that parsing and checking
 * overlap on two cores. Stops at the end of the file, at the first unreadable point, or when the
 * checking side cancels.
 */
final class CsvParsing implements Runnable {

    private final CsvParser parser;
    private final BlockingQueue<CsvChunk> chunks = new ArrayBlockingQueue<>(8);
    private volatile boolean cancelled;

    CsvParsing(CsvParser parser) {
        this.parser = parser;
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
        long line = 1;
        try {
            List<String> cells = new ArrayList<>(32);
            JsonToken token;
            int depth = 0;
            while (!cancelled && (token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    if (++depth == 2) {
                        line = parser.currentLocation().getLineNr();
                        cells.clear();
                    }
                } else if (token == JsonToken.END_ARRAY) {
                    if (depth-- != 2) {
                        continue;
                    }
                    chunk.add(line, cells.toArray(new String[0]));
                    if (chunk.isFull()) {
                        put(chunk);
                        chunk = new CsvChunk();
                    }
                } else if (token.isScalarValue()) {
                    String text = parser.getText();
                    cells.add(text == null ? null : text.strip());
                }
            }
        } catch (StreamConstraintsException e) {
            chunk.failure = new CsvChunk.Failure(line, "CELL_TOO_LONG", e.getMessage());
        } catch (FileTooLargeException e) {
            chunk.failure = new CsvChunk.Failure(line, "FILE_TOO_LARGE", String.valueOf(e.limit()));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            boolean quote = message != null && message.toLowerCase(java.util.Locale.ROOT).contains("quote");
            chunk.failure = new CsvChunk.Failure(line, quote ? "QUOTE_UNTERMINATED" : "CSV_INVALID",
                    message == null ? "" : message);
        } catch (IOException | RuntimeException e) {
            chunk.failure = new CsvChunk.Failure(line, "FILE_UNREADABLE", String.valueOf(e.getMessage()));
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
            if (chunks.offer(chunk, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }
}
