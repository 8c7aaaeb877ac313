package fr.cnfpt.inet.stages.importer.csv;

import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.FileTooLargeException;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Parses CSV rows on its own thread and hands them over in chunks, so that parsing and checking
 * overlap on two cores. Finds on the way why a row must be rejected unread ({@link RowFault}).
 * Stops at the end of the file, where reading cannot go on (a quote never closed, the size limit,
 * a read error), or when the checking side cancels. Whatever happens, the last chunk says it: a
 * failure of this thread, even a bug, reaches the checking side as a {@link CsvChunk.Failure}.
 * <p>
 * The chunks in flight hold at most about {@value #BUDGET} characters (a chunk holding more goes
 * alone), so that rows of long cells cannot pile up in memory.
 */
final class CsvParsing implements Runnable {

    /** The characters the chunks handed over and not yet checked may hold together. */
    static final int BUDGET = 1 << 22;
    private static final long WAIT_MILLIS = 100;

    private final CsvTokenizer tokenizer;
    private final DetectingReader reader;
    private final int maxCellLength;
    private final BlockingQueue<CsvChunk> chunks = new ArrayBlockingQueue<>(8);
    private final Semaphore budget = new Semaphore(BUDGET);
    private volatile boolean cancelled;
    private String[] header;

    CsvParsing(CsvTokenizer tokenizer, DetectingReader reader, int maxCellLength) {
        this.tokenizer = tokenizer;
        this.reader = reader;
        this.maxCellLength = maxCellLength;
    }

    /** Takes the next chunk, waiting for it. */
    CsvChunk next() throws InterruptedException {
        return chunks.take();
    }

    /** Says a chunk was checked: its characters leave the budget. */
    void done(CsvChunk chunk) {
        budget.release(chunk.permits);
        chunk.permits = 0;
    }

    /** Stops the parse: at the next row or read at the latest. */
    void cancel() {
        cancelled = true;
        tokenizer.cancel();
        chunks.clear();
    }

    @Override
    public void run() {
        CsvChunk chunk = new CsvChunk();
        try {
            TokenRow row = tokenizer.row();
            while (!cancelled && tokenizer.next()) {
                String[] cells = row.cells();
                RowFault fault = null;
                if (header == null) {
                    header = cells;
                } else if (tokenizer.faults() != 0 || row.tooLong() >= 0) {
                    fault = fault(cells, row.tooLong());
                }
                chunk.add(tokenizer.line(), cells, row.size(), row.chars(), fault);
                if (chunk.isFull()) {
                    put(chunk);
                    chunk = new CsvChunk();
                }
            }
            if (tokenizer.unclosedQuote() > 0) {
                chunk.failure = new CsvChunk.Failure(tokenizer.unclosedQuote(), FileProblem.QUOTE_UNTERMINATED, "");
            }
        } catch (FileTooLargeException e) {
            chunk.failure = new CsvChunk.Failure(tokenizer.stoppedAt(), FileProblem.FILE_TOO_LARGE,
                    String.valueOf(e.limit()));
        } catch (InterruptedIOException e) {
            if (cancelled) {
                return;
            }
            chunk.failure = new CsvChunk.Failure(tokenizer.stoppedAt(), FileProblem.FILE_UNREADABLE,
                    IoFailures.describe(e));
        } catch (IOException e) {
            chunk.failure = new CsvChunk.Failure(tokenizer.stoppedAt(), FileProblem.FILE_UNREADABLE,
                    IoFailures.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException | Error e) {
            // A bug, or no memory left: the checking side must hear of it, not wait for ever.
            chunk.failure = new CsvChunk.Failure(tokenizer.stoppedAt(), FileProblem.IMPORTER_FAILED,
                    e.getClass().getSimpleName());
        }
        chunk.last = true;
        try {
            put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RowFault fault(String[] cells, int tooLong) {
        int faults = tokenizer.faults();
        if ((faults & EncodingFaults.READS_AS_UTF8) != 0) {
            return RowFault.readsAsUtf8(tokenizer.switchLine());
        }
        if ((faults & EncodingFaults.NOT_OF_ENCODING) != 0) {
            return RowFault.notOfEncoding(reader.encoding());
        }
        return RowFault.cellTooLong(tooLong, tooLong < header.length ? header[tooLong] : "", cells[tooLong],
                maxCellLength);
    }

    private void put(CsvChunk chunk) throws InterruptedException {
        int permits = (int) Math.min(chunk.chars, BUDGET);
        while (!budget.tryAcquire(permits, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            if (cancelled) {
                return;
            }
        }
        chunk.permits = permits;
        while (!cancelled) {
            if (chunks.offer(chunk, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }
}
