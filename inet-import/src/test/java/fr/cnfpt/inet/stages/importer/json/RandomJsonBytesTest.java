package fr.cnfpt.inet.stages.importer.json;

import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.offer;
import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.prettyOffer;
import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.read;
import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.Read;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random bytes, random JSON fragments and good files with random bytes changed: whatever the
 * content and the kind of records, the importer answers with problems only, rows read = accepted
 * + rejected, and every problem says where it is. Complements the Jazzer fuzz test with inputs near
 * JSON, where the resumption has most to do.
 */
class RandomJsonBytesTest {

    private static final String[] FRAGMENTS = {"{", "}", "[", "]", "\"", ":", ",", "\n", "\r\n", " ", "\"reference\"",
            "\"OBS-1\"", "\"corps\"", "[\"AT\"]", "1", "-0.5e3", "true", "nul", "\\", "\\u00e9", "é", "\t", "{\"a\":"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void answersAnyContentWithRowsThatAddUp(int seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 45; round++) {
            byte[] content = switch (round % 3) {
                case 0 -> noise(random);
                case 1 -> fragments(random);
                default -> damaged(random);
            };
            for (RecordKind kind : RecordKind.values()) {
                Read read = read("offres.jsonl", content, kind, ImportLimits.defaults().withMaxCellLength(200)
                        .withMaxColumns(20));

                assertThat(read.facts().rows()).as("seed %d round %d", seed, round)
                        .isEqualTo(read.accepted() + read.rejected());
                assertThat(read.sink().problems).allSatisfy(p -> {
                    assertThat(p.code()).matches("[A-Z][A-Z_]+");
                    assertThat(p.line()).isBetween(0L, lines(content) + 1);
                    assertThat(p.message().en()).doesNotContain("Exception");
                });
                if (kind == RecordKind.TRAINEES) {
                    assertThat(read.sink().problems).allSatisfy(p -> assertThat(p.message().en())
                            .doesNotContain("Unrecognized token").doesNotContain("Unexpected character ("));
                }
            }
        }
    }

    private static byte[] noise(Random random) {
        byte[] bytes = new byte[random.nextInt(3_000)];
        random.nextBytes(bytes);
        if (bytes.length > 0) {
            bytes[0] = (byte) (random.nextBoolean() ? '{' : '[');
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = '\n';
            }
        }
        return bytes;
    }

    private static byte[] fragments(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(400); i > 0; i--) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return utf8(text.toString());
    }

    private static byte[] damaged(Random random) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        boolean array = random.nextInt(4) == 0;
        file.writeBytes(utf8(array ? "[\n" : ""));
        for (int n = 1, records = 1 + random.nextInt(12); n <= records; n++) {
            String record = random.nextBoolean() ? offer("OBS-" + n) : prettyOffer("OBS-" + n);
            file.writeBytes(utf8(record + (array && n < records ? "," : "") + "\n"));
        }
        file.writeBytes(utf8(array ? "]\n" : ""));
        byte[] bytes = file.toByteArray();
        for (int changes = 1 + random.nextInt(4); changes > 0; changes--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return random.nextInt(5) == 0 ? java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes;
    }

    private static long lines(byte[] content) {
        long lines = 1;
        for (byte b : content) {
            lines += b == '\n' || b == '\r' ? 1 : 0;
        }
        return lines;
    }
}
