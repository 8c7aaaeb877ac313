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
 * <p>
 * A file mixed the other way (Windows-1252 first, then UTF-8) decodes without an error, as
 * mojibake ({@code MÃ©tropole} for {@code Métropole}): once Windows-1252 was detected (not
 * forced), each byte sequence that reads as plausible UTF-8 (a French letter, a typographic quote
 * or space, €) is recorded. Both kinds of faults are recorded at their offset in the text
 * ({@link #faults()}), so that the tokenizer can reject the rows holding them; the text itself is
 * the same as the JDK's decoders give.
 */
final class DetectingReader extends Reader {

    /** Windows-1252, the encoding of CSV files saved by French Excel. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 8192;
    /** The bytes of the longest UTF-8 sequence that can read as a plausible character. */
    private static final int UTF8_LONGEST = 3;
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
    /** The characters returned so far: the offset in the text of the next one. */
    private long emitted;
    /** The offset in the text where Windows-1252 took over from UTF-8, or -1. */
    private long switchedAt = -1;
    /** True once Windows-1252 was detected: sequences that read as UTF-8 are then faults. */
    private boolean utf8Suspect;
    private final EncodingFaults faults = new EncodingFaults();

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

    /** @return the places of the text read so far that cannot be trusted, in order, not null */
    EncodingFaults faults() {
        return faults;
    }

    /**
     * @return the offset in the text of the first character read as Windows-1252 once a byte that
     *     is not UTF-8 was found, or -1 if the text is not (yet) read so
     */
    long switchedAt() {
        return switchedAt;
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
        int read = windows1252 ? readWindows1252(chars, offset, length) : decode(chars, offset, length);
        if (read > 0) {
            emitted += read;
        }
        return read;
    }

    private int decode(char[] chars, int offset, int length) throws IOException {
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
                if (out.position() != offset) {
                    // Return what was decoded before reading on: if reading fails, that text is not lost.
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
                    detecting = false;
                    switchedAt = emitted + out.position() - offset;
                    use(WINDOWS_1252);
                    utf8Suspect = true;
                    int decoded = out.position() - offset;
                    return decoded > 0 ? decoded : readWindows1252(chars, offset, length);
                }
                input.position(input.position() + result.length());
                faults.add(emitted + out.position() - offset, EncodingFaults.NOT_OF_ENCODING);
                out.put('\uFFFD');
                replacements++;
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
     * JDK's decoder. Once Windows-1252 was detected, the sequences that read as UTF-8 are recorded
     * as faults: the last two bytes of the input wait for the next read (unless it is the end), so
     * that a sequence is always seen whole.
     */
    private int readWindows1252(char[] chars, int offset, int length) throws IOException {
        while (input.remaining() < UTF8_LONGEST && !eof) {
            fill();
        }
        if (!input.hasRemaining()) {
            flushed = true;
            return -1;
        }
        int from = input.position();
        int n = Math.min(length, input.remaining());
        if (utf8Suspect && !eof) {
            n = Math.min(n, input.remaining() - (UTF8_LONGEST - 1));
        }
        new String(bytes, from, n, StandardCharsets.ISO_8859_1).getChars(0, n, chars, offset);
        for (int i = offset; i < offset + n; i++) {
            char c = chars[i];
            if (c < 0x80) {
                continue;
            }
            if (c < 0xA0) {
                char mapped = C1_BYTES[c - 0x80];
                chars[i] = mapped;
                if (mapped == '\uFFFD') {
                    faults.add(emitted + i - offset, EncodingFaults.NOT_OF_ENCODING);
                    replacements++;
                }
            } else if (utf8Suspect && c >= Utf8Lookalikes.FIRST_LEAD && c <= Utf8Lookalikes.LAST_LEAD
                    && Utf8Lookalikes.startsAt(bytes, from + i - offset, input.limit())) {
                faults.add(emitted + i - offset, EncodingFaults.READS_AS_UTF8);
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
