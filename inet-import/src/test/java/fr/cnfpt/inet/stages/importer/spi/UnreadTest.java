package fr.cnfpt.inet.stages.importer.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnreadTest {

    private static Unread counted(String text, long fromLine) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Unread.counted(ImportRequest.of("offres.csv", () -> new ByteArrayInputStream(bytes),
                RecordKind.OFFERS), fromLine);
    }

    @Test
    void countsTheLinesFromWhereReadingStoppedToTheEnd() {
        assertThat(counted("h\na\nb\nc\n", 3)).isEqualTo(new Unread(3, 2));
        assertThat(counted("h\na\nb\nc", 3)).as("a last line without a line break").isEqualTo(new Unread(3, 2));
    }

    @Test
    void countsLinesEndedByCrLfOrALoneCrAsTheImportersDo() {
        assertThat(counted("h\r\na\r\nb\r\n", 2)).isEqualTo(new Unread(2, 2));
        assertThat(counted("h\ra\rb\r", 2)).isEqualTo(new Unread(2, 2));
    }

    @Test
    void saysTheNumberIsUnknownWhenTheContentCannotBeReadAgain() {
        Unread unread = Unread.counted(ImportRequest.of("offres.csv", () -> {
            throw new IOException("gone");
        }, RecordKind.OFFERS), 7);

        assertThat(unread.fromLine()).isEqualTo(7);
        assertThat(unread.isCounted()).isFalse();
    }
}
