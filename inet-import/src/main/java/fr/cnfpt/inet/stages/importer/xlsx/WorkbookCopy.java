package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.util.TempFile;

/**
 * The bytes of a workbook as sent, read once from the request (within its largest file) so that
 * the archive can be read in place, from its central directory, like a file: held in memory up to
 * a threshold, beyond it in one temporary file that {@link #close()} deletes, whatever happened.
 * Nothing is unzipped here: a part is inflated only while it is read.
 * <p>
 * The temporary file is created through POI's {@link TempFile} (its folder, {@code poifiles} in
 * {@code java.io.tmpdir} by default, or an embedder's strategy), readable by its owner only.
 * Files of trainees, small, stay in memory.
 */
final class WorkbookCopy implements Closeable {

    /** Workbooks up to this size are held in memory (16 MiB), larger ones in a temporary file. */
    static final int IN_MEMORY_BYTES = 16 * 1024 * 1024;

    private static final int HEAD = 8;

    private final byte[] bytes;
    private final Path file;
    private final byte[] head;

    private WorkbookCopy(byte[] bytes, Path file, byte[] head) {
        this.bytes = bytes;
        this.file = file;
        this.head = head;
    }

    /**
     * Copies a workbook.
     *
     * @param request  the file, not null
     * @param inMemory  the largest copy held in memory, in bytes
     * @return the copy, to close, not null
     * @throws IOException if the content cannot be read to its end (such as
     *     {@link fr.cnfpt.inet.stages.importer.spi.FileTooLargeException}), or the temporary file
     *     cannot be written
     */
    static WorkbookCopy of(ImportRequest request, int inMemory) throws IOException {
        try (InputStream in = request.openBounded()) {
            byte[] start = in.readNBytes(Math.max(inMemory, HEAD) + 1);
            byte[] head = Arrays.copyOf(start, Math.min(start.length, HEAD));
            if (start.length <= inMemory) {
                return new WorkbookCopy(start, null, head);
            }
            Path file = TempFile.createTempFile("inet-xlsx-", ".xlsx").toPath();
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(start);
                start = null;
                in.transferTo(out);
            } catch (IOException | RuntimeException | Error e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return new WorkbookCopy(null, file, head);
        }
    }

    /** @return the first bytes (at most 8), to tell the format */
    byte[] head() {
        return head.clone();
    }

    /** @return true if the copy is a temporary file */
    boolean isFile() {
        return file != null;
    }

    /**
     * Opens the copy for reading in any order.
     *
     * @return a new channel, not null
     * @throws IOException if the temporary file cannot be opened
     */
    SeekableByteChannel open() throws IOException {
        return bytes != null ? new SeekableInMemoryByteChannel(bytes) : Files.newByteChannel(file);
    }

    /**
     * Deletes the temporary file, if any; the channels opened must be closed before. Never fails:
     * a file that cannot be deleted now is deleted when the JVM exits.
     */
    @Override
    public void close() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
