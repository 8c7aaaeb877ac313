package fr.cnfpt.inet.stages.importer.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bytes of a JSON file as UTF-8 (RFC 8259), whatever the file starts with: a UTF-8 byte-order
 * mark is skipped; a UTF-16 one (Windows PowerShell's {@code Out-File}) has the text transcoded as
 * it is read, as has an encoding the user forces. Tells a binary file (NUL bytes near the start)
 * from text, so that it gets one problem rather than one per line.
 * <p>
 * Instances are not thread-safe.
 */
final class JsonInput {

    private static final int SNIFF = 8192;

    private final InputStream utf8;
    private final String encoding;
    private final boolean binary;

    private JsonInput(InputStream utf8, String encoding, boolean binary) {
        this.utf8 = utf8;
        this.encoding = encoding;
        this.binary = binary;
    }

    /**
     * Opens a file's bytes as UTF-8.
     *
     * @param raw  the file's bytes, not null
     * @param forced  the encoding the user forces, or null (UTF-8, unless a byte-order mark says otherwise)
     * @return the input, not null
     * @throws IOException if the bytes cannot be read
     */
    static JsonInput open(InputStream raw, Charset forced) throws IOException {
        byte[] head = head(raw);
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (forced != null) {
            charset = forced;
        }
        InputStream text = new SequenceInputStream(new ByteArrayInputStream(head, skip, head.length - skip), raw);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            text = new Utf8Transcoder(text, charset);
        }
        byte[] start = head(text);
        return new JsonInput(new SequenceInputStream(new ByteArrayInputStream(start), text),
                charset.name().toLowerCase(Locale.ROOT), holdsNul(start));
    }

    /** @return the text as UTF-8 */
    InputStream utf8() {
        return utf8;
    }

    /** @return the encoding read, such as {@code utf-8} or {@code utf-16le} */
    String encoding() {
        return encoding;
    }

    /** @return true if the start of the text holds NUL bytes: a binary file, not JSON */
    boolean looksBinary() {
        return binary;
    }

    private static byte[] head(InputStream in) throws IOException {
        byte[] head = new byte[SNIFF];
        int n = 0;
        for (int read; n < SNIFF && (read = in.read(head, n, SNIFF - n)) > 0; ) {
            n += read;
        }
        return n == SNIFF ? head : java.util.Arrays.copyOf(head, n);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
