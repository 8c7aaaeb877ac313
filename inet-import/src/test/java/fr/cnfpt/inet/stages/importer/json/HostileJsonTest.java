package fr.cnfpt.inet.stages.importer.json;

import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.offer;
import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.read;
import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.Read;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import fr.cnfpt.inet.stages.importer.validation.FileReport;
import fr.cnfpt.inet.stages.importer.validation.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * What a hostile tester sent the JSON importer: bytes that are not text, other encodings, records
 * of 300,000 keys, lines of megabytes, a stream that fails. Each gets a problem of its file, in
 * bounded time and memory, and never an exception.
 */
class HostileJsonTest {

    private static final Edition EDITION = Editions.current();

    @Test
    void answersTenBytesOfNulsWithOneProblemOfTheFile() throws Exception {
        // Jackson's own encoding detection took these for UTF-32 and threw CharConversionException
        byte[] content = HexFormat.of().parseHex("41000000000000000000");

        Read read = read("offres.json", content, RecordKind.OFFERS, ImportLimits.defaults());
        FileReport report = Validation.of(EDITION, Schedules.of(EDITION), ImporterRegistry.load())
                .check(ImportRequest.of("offres.json", () -> new ByteArrayInputStream(content), RecordKind.OFFERS),
                        null, new Collected());

        assertThat(read.sink().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("NOT_TEXT");
            assertThat(p.line()).isZero();
        });
        assertThat(read.facts().rows()).isZero();
        assertThat(read.facts().complete()).isFalse();
        assertThat(report.problems()).extracting(p -> p.code()).containsExactly("NOT_TEXT");
    }

    @Test
    void readsUtf16WithAByteOrderMarkAsPowerShellWritesIt() {
        String text = offer("OBS-1") + "\r\n" + offer("OBS-2") + "\r\n";
        ByteArrayOutputStream little = new ByteArrayOutputStream();
        little.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        little.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
        big.writeBytes(text.getBytes(StandardCharsets.UTF_16BE));

        Read littleEndian = read(little.toByteArray());
        Read bigEndian = read(big.toByteArray());

        assertThat(littleEndian.sink().problems).isEmpty();
        assertThat(littleEndian.sink().offers).extracting(o -> o.title()).containsOnly("Observation à Metz");
        assertThat(littleEndian.facts().encoding()).isEqualTo("utf-16le");
        assertThat(littleEndian.sink().acceptedLines).containsExactly(1L, 2L);
        assertThat(bigEndian.sink().offers).isEqualTo(littleEndian.sink().offers);
        assertThat(bigEndian.facts().encoding()).isEqualTo("utf-16be");
    }

    @Test
    void transcodesALargeUtf16FileWhateverFallsOnTheBuffersEdges() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 2_000; n++) {
            text.append(offer("OBS-" + n).replace("Observation à Metz", "Observation \uD834\uDD1E à Metz " + n))
                    .append('\n');
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        file.writeBytes(text.toString().getBytes(StandardCharsets.UTF_16LE));

        Read read = read(file.toByteArray());

        assertThat(read.sink().problems).isEmpty();
        assertThat(read.sink().offers).hasSize(2_000);
        assertThat(read.sink().offers.get(1_999).title()).isEqualTo("Observation \uD834\uDD1E à Metz 2000");
    }

    @Test
    void readsTheEncodingTheUserForces() {
        byte[] content = (offer("OBS-1") + "\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));

        Read read = read("offres.jsonl", content, RecordKind.OFFERS, ImportLimits.defaults(), "windows-1252");

        assertThat(read.sink().problems).isEmpty();
        assertThat(read.sink().offers).extracting(o -> o.title()).containsExactly("Observation à Metz");
        assertThat(read.facts().encoding()).isEqualTo("windows-1252");
    }

    @Test
    void rejectsTheLineOfALoneSurrogateInUtf16() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        file.writeBytes((offer("OBS-1") + "\n{\"title\":\"").getBytes(StandardCharsets.UTF_16LE));
        file.writeBytes(new byte[] {0x00, (byte) 0xD8});
        file.writeBytes(("\"}\n" + offer("OBS-3") + "\n").getBytes(StandardCharsets.UTF_16LE));

        Read read = read(file.toByteArray());

        assertThat(read.sink().acceptedLines).containsExactly(1L, 3L);
        assertThat(read.problems("ENCODING_INVALID")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void skipsAUtf8ByteOrderMarkWithoutShiftingTheColumns() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.writeBytes(utf8("{\"reference\": x}\n" + offer("OBS-2") + "\n"));

        Read read = read(file.toByteArray());

        assertThat(read.sink().acceptedLines).containsExactly(2L);
        assertThat(read.problems("JSON_INVALID")).singleElement().satisfies(p -> assertThat(p.character()).isEqualTo(15));
    }

    @Test
    void givesARecordOf300000KeysOneProblem() {
        String keys = manyKeys(300_000);
        byte[] lines = utf8(keys + "\n" + offer("OBS-2") + "\n");
        byte[] array = utf8("[" + keys + ",\n" + offer("OBS-2") + "]");
        read(lines);
        read(array);
        Read jsonLines = read(lines);
        Read jsonArray = read(array);
        assertThat(jsonLines.sink().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("KEYS_TOO_MANY");
            assertThat(p.record()).isEqualTo(1);
            assertThat(p.message().fr()).contains("plus de 1000 clés").contains("reprend");
        });
        assertThat(jsonArray.sink().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("KEYS_TOO_MANY");
            assertThat(p.value()).isEqualTo("300000");
        });
        assertThat(jsonLines.sink().acceptedLines).containsExactly(2L);
        assertThat(jsonArray.sink().acceptedLines).containsExactly(2L);
    }

    private static String manyKeys(int count) {
        StringBuilder keys = new StringBuilder("{\"reference\":\"OBS-1\"");
        for (int n = 1; n < count; n++) {
            keys.append(",\"k").append(n).append("\":").append(n);
        }
        return keys.append('}').toString();
    }

    @Test
    void readsAMillionDistinctKeysWithBoundedWarningsAndMemory() {
        StringBuilder text = new StringBuilder();
        for (int record = 0, key = 0; record < 1_000; record++) {
            text.append("{\"reference\":\"OBS-").append(record).append('"');
            for (int n = 1; n < 1_000; n++) {
                text.append(",\"k").append(++key).append("\":1");
            }
            text.append("}\n");
        }
        Read read = read(text.toString());
        assertThat(read.facts().rows()).isEqualTo(1_000);
        assertThat(read.problems("COLUMN_UNKNOWN")).hasSize(1_000);
    }

    @Test
    void givesALineOfTwoMegabytesOneProblem() {
        String line = "{\"reference\":\"OBS-1\",\"description\":\"" + "Mission. ".repeat(260_000) + "\"}";
        String list = "{\"reference\":\"OBS-2\",\"corps\":[" + "\"AT\",".repeat(460_000) + "\"AT\"]}";
        byte[] content = utf8(line + "\n" + list + "\n" + offer("OBS-3") + "\n");
        read(content);
        Read read = read(content);

        assertThat(line.length()).isGreaterThan(2_300_000);
        assertThat(read.sink().problems).extracting(p -> p.code()).containsExactly("CELL_TOO_LONG", "CELL_TOO_LONG");
        assertThat(read.sink().problems).extracting(p -> p.line()).containsExactly(1L, 2L);
        assertThat(read.sink().acceptedLines).containsExactly(3L);
    }

    @Test
    void readsALongLineWithoutALineBreakToItsEndInBoundedMemory() {
        byte[] content = new byte[20_000_000];
        java.util.Arrays.fill(content, (byte) 'x');
        System.arraycopy(utf8("{\"title\":\""), 0, content, 0, 10);

        Read read = read(content);

        assertThat(read.sink().problems).extracting(p -> p.code()).containsExactly("CELL_TOO_LONG");
        assertThat(read.facts().rows()).isEqualTo(1);
        assertThat(read.facts().complete()).isTrue();
    }

    @Test
    void stopsAtTheLargestFileAndLeavesTheRestUnread() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 200; n++) {
            text.append(offer("OBS-" + n)).append('\n');
        }

        Read read = read("offres.jsonl", utf8(text.toString()), RecordKind.OFFERS,
                ImportLimits.defaults().withMaxFileBytes(30_000));

        assertThat(read.problems("FILE_TOO_LARGE")).hasSize(1);
        assertThat(read.facts().rows()).isEqualTo(read.accepted() + read.rejected()).isPositive();
        assertThat(read.facts().complete()).isFalse();
        assertThat(read.facts().unread().fromLine()).isEqualTo(read.facts().rows() + 1);
    }

    @Test
    void stopsAtTheRowLimitAndCountsTheLinesLeft() {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 5; n++) {
            text.append(offer("OBS-" + n)).append('\n');
        }

        Read read = read("offres.jsonl", utf8(text.toString()), RecordKind.OFFERS,
                ImportLimits.defaults().withMaxRows(2));

        assertThat(read.problems("TOO_MANY_ROWS")).hasSize(1);
        assertThat(read.facts().rows()).isEqualTo(2);
        assertThat(read.facts().unread()).isEqualTo(new Unread(3, 3));
    }

    @Test
    void reportsAStreamThatFailsAsAProblemOfItsFile() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= 100; n++) {
            text.append(offer("OBS-" + n)).append('\n');
        }
        byte[] start = utf8(text.toString());
        Collected sink = new Collected();
        ImportRequest request = ImportRequest.of("offres.jsonl", () -> failingAfter(start), RecordKind.OFFERS);

        var facts = new JsonImporter().read(request, sink);

        assertThat(sink.codes()).containsExactly("FILE_UNREADABLE");
        assertThat(facts.rows()).isEqualTo(100);
        assertThat(facts.complete()).isFalse();
        assertThat(facts.unread().fromLine()).isEqualTo(101);
    }

    private static InputStream failingAfter(byte[] start) {
        return new java.io.SequenceInputStream(new ByteArrayInputStream(start), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        });
    }
}
