package fr.cnfpt.inet.stages.importer.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 check agrees with the JDK's strict decoder on where bytes stop being UTF-8. */
class Utf8Test {

    private static final String[] OTHERS = {"é", "€", "\uD834\uDD1E", "ÿ"};

    @Test
    void stopsWhereTheJdksStrictDecoderStops() {
        Random random = new Random(14);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = sample(random);
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer input = ByteBuffer.wrap(bytes);
            CoderResult result = decoder.decode(input, CharBuffer.allocate(bytes.length * 2 + 2), false);

            int valid = Utf8.validPrefix(bytes, 0, bytes.length);

            assertThat(valid).as("round %d", round).isEqualTo(input.position());
            assertThat(Utf8.isCut(bytes, valid, bytes.length)).as("round %d", round)
                    .isEqualTo(result.isUnderflow() && valid < bytes.length);
        }
    }

    /** Mostly ASCII runs (the fast path), with UTF-8 sequences whole, cut or damaged, and stray bytes. */
    private static byte[] sample(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(random.nextInt(4) == 0 ? OTHERS[random.nextInt(OTHERS.length)] : (char) ('a' + random.nextInt(26)));
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (int changes = random.nextInt(3); changes > 0 && bytes.length > 0; changes--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        int cut = bytes.length == 0 || random.nextBoolean() ? bytes.length : random.nextInt(bytes.length);
        return java.util.Arrays.copyOf(bytes, cut);
    }
}
