package fr.cnfpt.inet.stages.importer.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * A part's inflated bytes, as POI's zip-bomb guard passes them on: at most
 * {@link WorkbookParts#MAX_WHOLE_PART_BYTES} unless the part is read in streaming
 * ({@link WorkbookRefusal.Reason#PART_TOO_LARGE} beyond), and the guard's verdicts, an
 * {@link IOException} whose message starts with {@value #ZIP_BOMB} (POI's own words), turned into a
 * {@link WorkbookRefusal} ({@link WorkbookRefusal.Reason#ZIP_BOMB}).
 * <p>
 * Not thread-safe: one per part read.
 */
final class PartStream extends FilterInputStream {

    private static final String ZIP_BOMB = "Zip bomb detected";

    private final String name;
    private final BooleanSupplier streamed;
    private long read;

    /**
     * Wraps a part's stream.
     *
     * @param in  the inflated bytes, through POI's guard, not null
     * @param name  the part's name in the archive, not null
     * @param streamed  tells, when the bound is passed, whether the part is read in streaming
     */
    PartStream(InputStream in, String name, BooleanSupplier streamed) {
        super(in);
        this.name = name;
        this.streamed = streamed;
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = super.read();
        } catch (IOException e) {
            throw refusal(e);
        }
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException e) {
            throw refusal(e);
        }
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        return Math.max(0, buffer.length == 0 ? 0 : read(buffer, 0, buffer.length));
    }

    private void count(int n) throws WorkbookRefusal {
        read += n;
        if (read > WorkbookParts.MAX_WHOLE_PART_BYTES && !streamed.getAsBoolean()) {
            throw new WorkbookRefusal(WorkbookRefusal.Reason.PART_TOO_LARGE, name);
        }
    }

    private IOException refusal(IOException e) {
        String message = e.getMessage();
        if (message != null && message.startsWith(ZIP_BOMB)) {
            WorkbookRefusal refusal = new WorkbookRefusal(WorkbookRefusal.Reason.ZIP_BOMB, name);
            refusal.initCause(e);
            return refusal;
        }
        return e;
    }
}
