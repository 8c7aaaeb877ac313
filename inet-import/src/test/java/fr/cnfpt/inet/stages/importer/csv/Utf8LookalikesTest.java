package fr.cnfpt.inet.stages.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** In a file read as Windows-1252, which byte sequences are really UTF-8, and which are French text. */
class Utf8LookalikesTest {

    @ParameterizedTest
    @ValueSource(strings = {"é", "à", "Î", "ç", "œ", "Œ", "\u00a0", "«", "»", "°", "’", "–", "—", "…", "€", "™",
            "\u202f", "e\u0301"})
    void takesTheUtf8OfAFrenchCharacterForUtf8(String character) {
        byte[] utf8 = character.getBytes(StandardCharsets.UTF_8);
        int lead = character.startsWith("e") ? 1 : 0;

        assertThat(Utf8Lookalikes.startsAt(utf8, lead, utf8.length)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"É\u00a0»", "é\u00a0»", "«\u00a0É\u00a0»", "à\u00a0«", "â\u00a0»", "Ç’", "È«", "ÉTAT",
            "café »", "déjà", "Ève", "€ ", "â€", "Ã"})
    void takesOrdinaryFrenchWindows1252TextForWhatItIs(String text) throws IOException {
        byte[] windows1252 = text.getBytes(DetectingReader.WINDOWS_1252);
        for (int at = 0; at < windows1252.length; at++) {
            int b = windows1252[at] & 0xFF;
            if (b >= Utf8Lookalikes.FIRST_LEAD && b <= Utf8Lookalikes.LAST_LEAD) {
                assertThat(Utf8Lookalikes.startsAt(windows1252, at, windows1252.length)).as(text).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 997})
    void marksTheUtf8OfAFileDetectedAsWindows1252WithoutChangingItsText(int chunk) throws IOException {
        byte[] bytes = HostileCsvFixture.bytes("Caf".getBytes(StandardCharsets.US_ASCII),
                "é;Nîmes\n".getBytes(DetectingReader.WINDOWS_1252), "Nîmes ’".getBytes(StandardCharsets.UTF_8));
        DetectingReader reader = DetectingReader.open(new ByteArrayInputStream(bytes), null);
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = reader.read(buffer, 0, chunk)) >= 0; ) {
            text.append(buffer, 0, n);
        }

        assertThat(text.toString()).isEqualTo(new String(bytes, DetectingReader.WINDOWS_1252));
        assertThat(reader.switchedAt()).isEqualTo(3);
        // "Café;Nîmes\n" is 0 to 10; then "Nîmes ’" in UTF-8 reads "NÃ®mes â€™": Ã at 12, â at 18.
        assertThat(reader.faults().take(0, 12)).isZero();
        assertThat(reader.faults().take(12, 13)).isEqualTo(EncodingFaults.READS_AS_UTF8);
        assertThat(reader.faults().take(13, 18)).isZero();
        assertThat(reader.faults().take(18, 100)).isEqualTo(EncodingFaults.READS_AS_UTF8);
        assertThat(reader.faults().isEmpty()).isTrue();
    }
}
