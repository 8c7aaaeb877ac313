package fr.cnfpt.inet.stages.importer.json;

import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.offer;
import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.prettyOffer;
import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.Read;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * JSON Lines, and top-level objects one after the other: a fault rejects its record only, and
 * reading resumes at the next line starting with "{". Every row is accepted or rejected, and a file
 * read to its end is complete.
 */
class JsonLinesResumeTest {

    @Test
    void readsTheNineHundredRecordsAroundOneBrokenLine() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 901; n++) {
            text.append(n == 451 ? "{\"reference\":\"OBS-451\",\"hostName\":Ville de Metz}" : offer("OBS-" + n))
                    .append('\n');
        }

        Read read = read(text.toString());

        assertThat(read.facts().rows()).isEqualTo(901);
        assertThat(read.accepted()).isEqualTo(900);
        assertThat(read.sink().rejected).containsExactly(451L);
        assertThat(read.facts().complete()).isTrue();
        assertThat(read.facts().unread()).isEqualTo(Unread.NOTHING);
        Problem broken = read.sink().errors().get(0);
        assertThat(read.sink().errors()).hasSize(1);
        assertThat(broken.code()).isEqualTo("JSON_INVALID");
        assertThat(broken.line()).isEqualTo(451);
        assertThat(broken.character()).isEqualTo(35);
        assertThat(broken.record()).isEqualTo(451);
        assertThat(broken.message().fr()).contains("ligne 451, colonne 35").contains("reprend");
    }

    @Test
    void rejectsARecordCutShortAtTheEndOfTheFileAsOneRow() {
        String cut = offer("OBS-3").substring(0, 60);

        Read read = read(offer("OBS-1") + "\n" + offer("OBS-2") + "\n" + cut);

        assertThat(read.facts().rows()).isEqualTo(3);
        assertThat(read.accepted()).isEqualTo(2);
        assertThat(read.sink().rejected).containsExactly(3L);
        assertThat(read.facts().complete()).isTrue();
        assertThat(read.problems("JSON_INVALID")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.character()).isEqualTo(1);
            assertThat(p.message().en()).contains("starting on line 3 is cut short");
        });
    }

    @Test
    void readsPrettyPrintedObjectsOneAfterTheOther() {
        Read read = read(prettyOffer("OBS-1") + prettyOffer("OBS-2") + "\n" + prettyOffer("OBS-3"));

        assertThat(read.sink().problems).isEmpty();
        assertThat(read.sink().acceptedLines).containsExactly(1L, 14L, 28L);
        assertThat(read.facts().complete()).isTrue();
    }

    @Test
    void resumesAtTheNextBraceLineAfterABrokenPrettyPrintedRecord() {
        String broken = prettyOffer("OBS-2").replace("\"population\": 120000", "\"population\": 120 000");

        Read read = read(prettyOffer("OBS-1") + broken + prettyOffer("OBS-3"));

        assertThat(read.sink().acceptedLines).containsExactly(1L, 27L);
        assertThat(read.sink().rejected).containsExactly(18L);
        assertThat(read.problems("JSON_INVALID")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(18);
            assertThat(p.character()).isEqualTo(21);
            assertThat(p.record()).isEqualTo(2);
        });
        assertThat(read.facts().rows()).isEqualTo(3);
    }

    @Test
    void resumesAtTheLineThatOpensARecordWhenTheOneBeforeIsLeftOpen() {
        String open = offer("OBS-2").substring(0, offer("OBS-2").length() - 1);

        Read read = read(offer("OBS-1") + "\n" + open + "\n" + offer("OBS-3") + "\n");

        assertThat(read.sink().acceptedLines).containsExactly(1L, 3L);
        assertThat(read.sink().rejected).containsExactly(2L);
        assertThat(read.problems("JSON_INVALID")).singleElement().satisfies(p -> {
            assertThat(p.character()).isEqualTo(1);
            assertThat(p.message().fr()).contains("commencé à la ligne 2 n'est pas fermé");
        });
    }

    @Test
    void takesTheLinesUpToTheNextBraceAsPartOfTheRejectedRecord() {
        Read read = read(offer("OBS-1") + "\n" + "garbage\n  \"more\": 1}\n\n   " + offer("OBS-2") + "\n");

        assertThat(read.sink().acceptedLines).containsExactly(1L, 5L);
        assertThat(read.sink().rejected).containsExactly(2L);
        assertThat(read.facts().rows()).isEqualTo(3);
        assertThat(read.sink().problems).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("JSON_INVALID"));
    }

    @Test
    void rejectsALineOfWindows1252BytesAndResumes() {
        Charset windows1252 = Charset.forName("windows-1252");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((offer("OBS-1") + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes((offer("OBS-2") + "\n").getBytes(windows1252));
        file.writeBytes((offer("OBS-3") + "\n").getBytes(StandardCharsets.UTF_8));

        Read read = read(file.toByteArray());

        assertThat(read.sink().acceptedLines).containsExactly(1L, 3L);
        assertThat(read.problems("ENCODING_INVALID")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.character()).isEqualTo(offer("OBS-2").indexOf('à') + 1);
            assertThat(p.isError()).isTrue();
        });
        assertThat(read.facts().rows()).isEqualTo(3);
    }

    @Test
    void rejectsAKeyOfWindows1252BytesWithoutSwallowingTheNextLines() {
        // Jackson's non-blocking parser does not check the bytes of a key: "é" (0xE9) would take the
        // quote after it and the next lines into the key
        byte[] line = "{\"Intitulé\":\"x\"}\n".getBytes(Charset.forName("windows-1252"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(line);
        file.writeBytes((offer("OBS-2") + "\n" + offer("OBS-3") + "\n").getBytes(StandardCharsets.UTF_8));

        Read read = read(file.toByteArray());

        assertThat(read.sink().acceptedLines).containsExactly(2L, 3L);
        assertThat(read.problems("ENCODING_INVALID")).singleElement()
                .satisfies(p -> assertThat(p.character()).isEqualTo(10));
    }

    @Test
    void rejectsARecordWithAValueTooLongAndResumes() {
        String tooLong = offer("OBS-2", "population", "1".repeat(40_000));

        Read read = read(offer("OBS-1") + "\n" + tooLong + "\n" + offer("OBS-3") + "\n");

        assertThat(read.sink().acceptedLines).containsExactly(1L, 3L);
        assertThat(read.problems("CELL_TOO_LONG")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message().fr()).contains("32767 caractères").contains("reprend");
        });
        assertThat(read.facts().complete()).isTrue();
    }

    @Test
    void rejectsARecordNestedTooDeepAndResumes() {
        String deep = "{\"reference\":" + "[".repeat(40) + "]".repeat(40) + "}";

        Read read = read(offer("OBS-1") + "\n" + deep + "\n" + offer("OBS-3") + "\n");

        assertThat(read.sink().acceptedLines).containsExactly(1L, 3L);
        assertThat(read.problems("NESTING_TOO_DEEP")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(read.facts().rows()).isEqualTo(3);
    }

    @Test
    void readsWindowsLineEndingsAndBlankLines() {
        Read read = read(offer("OBS-1") + "\r\n\r\n" + offer("OBS-2") + "\r\n{\"reference\": x}\r\n" + offer("OBS-4"));

        assertThat(read.sink().acceptedLines).containsExactly(1L, 3L, 5L);
        assertThat(read.sink().rejected).containsExactly(4L);
    }

    @Test
    void resumesInAFileWhoseLinesEndWithCarriageReturnsOnly() {
        Read read = read(offer("OBS-1") + "\r{\"reference\": x,\r \"a\": 1}\r\r" + offer("OBS-3") + "\r" + offer("OBS-4"));

        assertThat(read.sink().acceptedLines).containsExactly(1L, 5L, 6L);
        assertThat(read.sink().rejected).containsExactly(2L);
    }

    @Test
    void givesEachRecordOfALineItsColumn() {
        Read read = read(offer("OBS-1") + " " + offer("OBS-2", "population", "-3") + "\n");

        assertThat(read.problems("POPULATION_NOT_POSITIVE")).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo(2);
            assertThat(p.character()).isEqualTo(offer("OBS-1").length() + 2);
        });
    }
}
