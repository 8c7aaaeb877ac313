package fr.cnfpt.inet.stages.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

/**
 * The central directory is counted before commons-compress loads it, whatever its end record
 * says, in its Zip64 form too.
 */
class ZipDirectoryTest {

    @Test
    void acceptsAnArchiveOfAllowedSize() throws IOException {
        byte[] zip = zip(1_000);

        assertThatCode(() -> ZipDirectory.check(new SeekableInMemoryByteChannel(zip), 1_000))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnArchiveListingOneEntryTooMany() throws IOException {
        assertRefused(zip(1_001));
    }

    @Test
    void countsTheEntriesWhenTheEndRecordUnderstatesThem() throws IOException {
        byte[] zip = zip(1_001);
        ByteBuffer end = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int at = zip.length - 22;
        assertThat(end.getInt(at)).isEqualTo(0x06054b50);
        end.putShort(at + 8, (short) 1).putShort(at + 10, (short) 1);

        assertRefused(zip);
    }

    @Test
    void readsTheZip64EndRecordOfAnArchiveOfManyEntries() throws IOException {
        assertRefused(zip(70_000));
    }

    @Test
    void leavesAnArchiveWithoutEndRecordToCommonsCompress() {
        byte[] truncated = java.util.Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 100);

        assertThatCode(() -> ZipDirectory.check(new SeekableInMemoryByteChannel(truncated), 1_000))
                .doesNotThrowAnyException();
    }

    private static void assertRefused(byte[] zip) {
        WorkbookRefusal refusal = catchThrowableOfType(WorkbookRefusal.class,
                () -> ZipDirectory.check(new SeekableInMemoryByteChannel(zip), 1_000));

        assertThat(refusal.reason()).isEqualTo(WorkbookRefusal.Reason.TOO_MANY_PARTS);
    }

    private static byte[] zip(int entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries; i++) {
                out.putNextEntry(new ZipEntry(Integer.toString(i, 36)));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
