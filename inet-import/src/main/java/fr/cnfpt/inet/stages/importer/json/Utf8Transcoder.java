package fr.cnfpt.inet.stages.importer.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads text of another encoding (UTF-16, as Windows PowerShell's {@code Out-File} writes it, or an
 * encoding the user forces) as UTF-8, a few kilobytes at a time. Bytes that cannot be decoded
 * become the byte {@code 0xFF}, which is never UTF-8: the line holding them is rejected like any
 * line that is not UTF-8, nothing is silently replaced.
 * <p>
 * Instances are not thread-safe.
 */
final class Utf8Transcoder extends InputStream {

    /** The byte put in place of what cannot be decoded: never part of UTF-8. */
    static final byte NOT_DECODED = (byte) 0xFF;
    private static final int CHARS = 1 << 13;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer input = ByteBuffer.allocate(CHARS).flip();
    private final CharBuffer chars = CharBuffer.allocate(CHARS);
    private final ByteBuffer output = ByteBuffer.allocate(4 * CHARS + 8).flip();
    private boolean ended;
    private boolean done;

    Utf8Transcoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!output.hasRemaining()) {
            if (done) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, output.remaining());
        output.get(bytes, offset, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Decodes and encodes the next stretch of input into the output. */
    private void fill() throws IOException {
        output.clear();
        if (!input.hasRemaining() && !ended) {
            readInput();
        }
        CoderResult result = decoder.decode(input, chars, ended);
        if (result.isError()) {
            input.position(input.position() + result.length());
            encode(false);
            output.put(NOT_DECODED);
        } else if (result.isUnderflow()) {
            if (ended) {
                decoder.flush(chars);
                encode(true);
                done = !input.hasRemaining();
            } else {
                encode(false);
                readInput();
            }
        } else {
            encode(false);
        }
        output.flip();
    }

    private void encode(boolean last) {
        chars.flip();
        for (CoderResult result = encoder.encode(chars, output, last); result.isError();
                result = encoder.encode(chars, output, last)) {
            chars.position(chars.position() + result.length());
            output.put(NOT_DECODED);
        }
        if (last) {
            encoder.flush(output);
        }
        chars.compact();
    }

    private void readInput() throws IOException {
        input.compact();
        int n = in.read(input.array(), input.position(), input.remaining());
        if (n < 0) {
            ended = true;
        } else {
            input.position(input.position() + n);
        }
        input.flip();
    }
}
