package fr.cnfpt.inet.stages.importer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a text file whose encoding is not known, in one pass: a byte-order mark decides; else the
 * text is read as strict UTF-8 and, if a byte is not UTF-8 before any non-ASCII character was
 * read, the rest is read as Windows-1252 (what French Excel writes). As ASCII reads the same in
 * both, nothing already read changes. Bytes that cannot be decoded (a file mixing UTF-8 and
 * Windows-1252, or a forced encoding that does not fit) become U+FFFD and are counted, so the rows
 * holding them can be rejected. Never replaces silently.
 */
final class DetectingReader extends Reader {

    /** Windows-1252, the encoding of CSV files saved by French Excel. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 8192;
    /**
     * Windows-1252's characters for the bytes 0x80 to 0x9F (U+FFFD for the five it leaves
     * undefined); every other byte is the Latin-1 character of the same number.
     */
    private static final char[] C1_BYTES = c1Bytes();

    private final InputStream in;
    private final byte[] bytes = new byte[1 << 16];
    private final ByteBuffer input = ByteBuffer.wrap(bytes);
    private CharsetDecoder decoder;
    private Charset charset;
    private boolean windows1252;
    private boolean detecting;
    private boolean nonAscii;
    private boolean eof;
    private boolean flushed;
    private boolean binary;
    private boolean byteOrderMark;
    private long replacements;

    private DetectingReader(InputStream in) {
        this.in = in;
        input.limit(0);
    }

    /**
     * Opens a reader.
     *
     * @param in  the bytes
     * @param forced  the encoding to use, or null to detect it
     */
    static DetectingReader open(InputStream in, Charset forced) throws IOException {
        DetectingReader reader = new DetectingReader(in);
        reader.fill();
        Charset bom = reader.byteOrderMark();
        reader.use(bom != null ? bom : forced != null ? forced : StandardCharsets.UTF_8);
        reader.detecting = bom == null && forced == null;
        reader.byteOrderMark = bom != null;
        reader.binary = !reader.charset.name().startsWith("UTF-16") && reader.hasNul();
        return reader;
    }

    /** @return the encoding read so far: final once the whole text is read */
    String encoding() {
        return charset.name().toLowerCase(Locale.ROOT);
    }

    /** @return true if the start of the file holds NUL bytes: not a text file */
    boolean looksBinary() {
        return binary;
    }

    /** @return the number of undecodable byte sequences replaced so far */
    long replacements() {
        return replacements;
    }

    /** @return true if the file starts with a byte-order mark */
    boolean hadByteOrderMark() {
        return byteOrderMark;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        if (windows1252) {
            return readWindows1252(chars, offset, length);
        }
        CharBuffer out = CharBuffer.wrap(chars, offset, length);
        int scanned = offset;
        while (out.position() == offset) {
            CoderResult result = decoder.decode(input, out, eof);
            if (result.isUnderflow()) {
                if (eof) {
                    if (!flushed) {
                        decoder.flush(out);
                        flushed = true;
                    }
                    break;
                }
                fill();
            } else if (result.isOverflow()) {
                break;
            } else {
                if (detecting && !nonAscii) {
                    nonAscii = anyNonAscii(chars, scanned, out.position());
                    scanned = out.position();
                }
                if (detecting && !nonAscii) {
                    use(WINDOWS_1252);
                } else {
                    input.position(input.position() + result.length());
                    out.put('\uFFFD');
                    replacements++;
                }
                detecting = false;
            }
        }
        int read = out.position() - offset;
        if (detecting && !nonAscii) {
            nonAscii = anyNonAscii(chars, scanned, out.position());
        }
        return read == 0 && eof ? -1 : read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Decodes Windows-1252 in two sweeps the JVM runs fast: the bytes as Latin-1 (one bulk copy),
     * then the rare bytes 0x80 to 0x9F put right. The JDK's decoder goes byte by byte from the
     * first accented letter of its buffer on, and French files have one on nearly every line:
     * this takes half the time. Undefined bytes become U+FFFD and are counted, as with the
     * JDK's decoder.
     */
    private int readWindows1252(char[] chars, int offset, int length) throws IOException {
        while (!input.hasRemaining()) {
            if (eof) {
                flushed = true;
                return -1;
            }
            fill();
        }
        int from = input.position();
        int n = Math.min(length, input.remaining());
        new String(bytes, from, n, StandardCharsets.ISO_8859_1).getChars(0, n, chars, offset);
        for (int i = offset; i < offset + n; i++) {
            char c = chars[i];
            if (c >= 0x80 && c < 0xA0) {
                char mapped = C1_BYTES[c - 0x80];
                chars[i] = mapped;
                if (mapped == '\uFFFD') {
                    replacements++;
                }
            }
        }
        input.position(from + n);
        return n;
    }

    private static char[] c1Bytes() {
        byte[] c1 = new byte[0x20];
        for (int i = 0; i < c1.length; i++) {
            c1[i] = (byte) (0x80 + i);
        }
        return new String(c1, WINDOWS_1252).toCharArray();
    }

    private void use(Charset encoding) {
        charset = encoding;
        windows1252 = encoding.equals(WINDOWS_1252);
        decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private void fill() throws IOException {
        input.compact();
        int n = in.read(bytes, input.position(), bytes.length - input.position());
        if (n < 0) {
            eof = true;
        } else {
            input.position(input.position() + n);
        }
        input.flip();
    }

    private Charset byteOrderMark() {
        int n = input.remaining();
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            input.position(3);
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            input.position(2);
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            input.position(2);
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private boolean hasNul() {
        int end = Math.min(input.limit(), SNIFF);
        for (int i = input.position(); i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNonAscii(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] > 0x7F) {
                return true;
            }
        }
        return false;
    }
}
