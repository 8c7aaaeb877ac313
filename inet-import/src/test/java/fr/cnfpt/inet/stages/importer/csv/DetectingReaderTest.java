package fr.cnfpt.inet.stages.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DetectingReaderTest {

    /** Every byte but NUL (which marks a binary file), then random text, across buffer boundaries. */
    private static byte[] everyByteThenRandomText() {
        byte[] bytes = new byte[255 + 300_000];
        for (int b = 1; b <= 255; b++) {
            bytes[b - 1] = (byte) b;
        }
        Random random = new Random(1252);
        for (int i = 255; i < bytes.length; i++) {
            bytes[i] = (byte) (random.nextInt(10) == 0 ? 0x80 + random.nextInt(0x80) : 0x20 + random.nextInt(0x5F));
        }
        return bytes;
    }

    @Test
    void readsWindows1252AsTheJdksDecoderDoesWithUndefinedBytesReplacedAndCounted() throws IOException {
        byte[] bytes = everyByteThenRandomText();
        ExpectedText expected = ExpectedText.of(bytes);

        DetectingReader reader = DetectingReader.open(new ByteArrayInputStream(bytes), DetectingReader.WINDOWS_1252);

        assertThat(readAll(reader, 4000)).isEqualTo(expected.text);
        assertThat(reader.replacements()).isEqualTo(expected.replacements).isPositive();
        assertThat(reader.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void switchesFromUtf8ToWindows1252AtTheFirstByteThatIsNotUtf8AndReadsTheSameText() throws IOException {
        byte[] ascii = "Référence;Structure\r\n".replace("é", "e").getBytes(StandardCharsets.US_ASCII);
        byte[] rest = everyByteThenRandomText();
        byte[] bytes = new byte[ascii.length + rest.length];
        System.arraycopy(ascii, 0, bytes, 0, ascii.length);
        System.arraycopy(rest, 0, bytes, ascii.length, rest.length);
        ExpectedText expected = ExpectedText.of(bytes);

        DetectingReader reader = DetectingReader.open(new ByteArrayInputStream(bytes), null);

        assertThat(readAll(reader, 997)).isEqualTo(expected.text);
        assertThat(reader.encoding()).isEqualTo("windows-1252");
        assertThat(reader.replacements()).isEqualTo(expected.replacements);
    }

    @Test
    void readsAFileThatTrickles() throws IOException {
        byte[] bytes = "Département;Intitulé\r\n67;Stage d’observation €\r\n".getBytes(DetectingReader.WINDOWS_1252);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };

        DetectingReader reader = DetectingReader.open(trickle, DetectingReader.WINDOWS_1252);

        assertThat(readAll(reader, 5)).isEqualTo("Département;Intitulé\r\n67;Stage d’observation €\r\n");
        assertThat(reader.replacements()).isZero();
    }

    private static String readAll(Reader reader, int chunk) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = reader.read(buffer, 0, chunk)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    /** What the JDK's own Windows-1252 decoder reads, each undefined byte made U+FFFD and counted. */
    private record ExpectedText(String text, long replacements) {
        static ExpectedText of(byte[] bytes) {
            CharsetDecoder decoder = DetectingReader.WINDOWS_1252.newDecoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length);
            long replacements = 0;
            while (true) {
                CoderResult result = decoder.decode(in, out, true);
                if (result.isUnderflow()) {
                    break;
                }
                in.position(in.position() + result.length());
                out.put('\uFFFD');
                replacements++;
            }
            return new ExpectedText(out.flip().toString(), replacements);
        }
    }
}
