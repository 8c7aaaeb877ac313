package fr.cnfpt.inet.stages.importer.xlsx;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;

/**
 * Counts the entries of a zip archive's central directory before commons-compress loads it:
 * commons-compress builds an object for every entry it finds there (a few hundred bytes of memory
 * for 47 bytes of file), and POI counts them only once they are all loaded. An archive listing
 * more entries than POI's {@link org.apache.poi.openxml4j.util.ZipSecureFile#getMaxFileCount()}
 * is refused here, reading at most that many headers.
 * <p>
 * The directory is found as commons-compress finds it: the last end-of-directory record, and its
 * Zip64 form when a field overflows. An archive whose directory cannot be found is left for
 * commons-compress to refuse.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int ENTRY_LENGTH = 46;
    private static final int MAX_COMMENT = 0xFFFF;

    private ZipDirectory() {
    }

    /**
     * Refuses an archive listing more entries than allowed.
     *
     * @param archive  the archive, not null
     * @param maxEntries  the most entries
     * @throws WorkbookRefusal if the archive lists more ({@link WorkbookRefusal.Reason#TOO_MANY_PARTS})
     * @throws IOException if the archive cannot be read
     */
    static void check(SeekableByteChannel archive, long maxEntries) throws IOException {
        long size = archive.size();
        int tailLength = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
        ByteBuffer tail = read(archive, size - tailLength, tailLength);
        int end = -1;
        for (int i = tailLength - END_LENGTH; i >= 0 && end < 0; i--) {
            if (tail.getInt(i) == END_SIGNATURE) {
                end = i;
            }
        }
        if (end < 0) {
            return;
        }
        long entries = tail.getShort(end + 10) & 0xFFFFL;
        long directory = tail.getInt(end + 16) & 0xFFFFFFFFL;
        long endAt = size - tailLength + end;
        if ((entries == 0xFFFF || directory == 0xFFFFFFFFL) && endAt >= ZIP64_LOCATOR_LENGTH) {
            ByteBuffer locator = read(archive, endAt - ZIP64_LOCATOR_LENGTH, ZIP64_LOCATOR_LENGTH);
            long zip64End = locator.getLong(8);
            if (locator.getInt(0) == ZIP64_LOCATOR_SIGNATURE && zip64End >= 0 && zip64End + 56 <= size) {
                ByteBuffer record = read(archive, zip64End, 56);
                if (record.getInt(0) == ZIP64_END_SIGNATURE) {
                    entries = record.getLong(32);
                    directory = record.getLong(48);
                }
            }
        }
        if (entries < 0 || entries > maxEntries || count(archive, directory, size, maxEntries) > maxEntries) {
            throw new WorkbookRefusal(WorkbookRefusal.Reason.TOO_MANY_PARTS, "");
        }
    }

    /** Walks the directory's headers as commons-compress does, stopping one past the most allowed. */
    private static long count(SeekableByteChannel archive, long directory, long size, long maxEntries)
            throws IOException {
        long count = 0;
        long position = directory;
        while (position >= 0 && position + ENTRY_LENGTH <= size && count <= maxEntries) {
            ByteBuffer header = read(archive, position, ENTRY_LENGTH);
            if (header.getInt(0) != ENTRY_SIGNATURE) {
                break;
            }
            count++;
            position += ENTRY_LENGTH + (header.getShort(28) & 0xFFFF) + (header.getShort(30) & 0xFFFF)
                    + (header.getShort(32) & 0xFFFF);
        }
        return count;
    }

    private static ByteBuffer read(SeekableByteChannel archive, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        archive.position(position);
        while (buffer.hasRemaining()) {
            if (archive.read(buffer) < 0) {
                throw new EOFException("the archive ends within its directory");
            }
        }
        return buffer;
    }
}
