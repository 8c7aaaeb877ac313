package fr.cnfpt.inet.stages.importer.json;

import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.offer;
import static fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.importer.json.JsonFilesFixture.Read;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A JSON array: after a fault the next record cannot be found, so reading stops there; the rows
 * before stand and the lines from there on are the file's unread part. Each record's problems say
 * which record it is and where it starts, even on a single line.
 */
class JsonArrayStopsTest {

    @Test
    void stopsAtASyntaxErrorAndCountsTheLinesLeftUnread() {
        String broken = offer("OBS-3").replace("\"COMMUNE\"", "COMMUNE");

        Read read = read("[\n" + offer("OBS-1") + ",\n" + offer("OBS-2") + ",\n" + broken + ",\n" + offer("OBS-4")
                + ",\n" + offer("OBS-5") + "\n]\n");

        assertThat(read.facts().rows()).isEqualTo(2);
        assertThat(read.sink().acceptedLines).containsExactly(2L, 3L);
        assertThat(read.sink().rejected).isEmpty();
        assertThat(read.facts().complete()).isFalse();
        assertThat(read.facts().unread()).isEqualTo(new Unread(4, 4));
        assertThat(read.sink().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("JSON_INVALID");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.character()).isEqualTo(1);
            assertThat(p.message().fr()).contains("colonne " + (broken.indexOf("COMMUNE") + 1))
                    .contains("n'est pas lu au-delà");
        });
    }

    @Test
    void givesEachProblemOfAOneLineArrayItsRecordAndColumn() {
        StringBuilder array = new StringBuilder("[");
        List<Long> starts = new ArrayList<>();
        for (int n = 1; n <= 1_000; n++) {
            array.append(n == 1 ? "" : ",");
            starts.add((long) array.length() + 1);
            array.append(n == 3 || n == 998 ? offer("OBS-" + n, "population", "-3") : offer("OBS-" + n));
        }

        Read read = read(array.append("]").toString());

        List<Problem> problems = read.sink().problems;
        assertThat(problems).extracting(Problem::code).containsOnly("POPULATION_NOT_POSITIVE");
        assertThat(problems).extracting(Problem::line).containsOnly(1L);
        assertThat(problems).extracting(Problem::record).containsExactly(3L, 998L);
        assertThat(problems).extracting(Problem::character).containsExactly(starts.get(2), starts.get(997))
                .doesNotHaveDuplicates();
        assertThat(read.facts().rows()).isEqualTo(1_000);
        assertThat(read.accepted()).isEqualTo(998);
        assertThat(read.facts().complete()).isTrue();
    }

    @Test
    void stopsInAOneLineArrayAtTheRecordWhereTheSyntaxBreaks() {
        StringBuilder array = new StringBuilder("[");
        long start = 0;
        for (int n = 1; n <= 1_000; n++) {
            array.append(n == 1 ? "" : ",");
            if (n == 500) {
                start = array.length() + 1;
                array.append("{\"reference\":\"OBS-500\",}");
            } else {
                array.append(offer("OBS-" + n));
            }
        }

        Read read = read(array.append("]\n").toString());

        assertThat(read.accepted()).isEqualTo(499);
        assertThat(read.facts().rows()).isEqualTo(499);
        assertThat(read.facts().unread()).isEqualTo(new Unread(1, 1));
        long record = start;
        assertThat(read.sink().problems).singleElement().satisfies(p -> {
            assertThat(p.character()).isEqualTo(record);
            assertThat(p.message().en()).contains("column " + (record + 23));
        });
    }

    @Test
    void stopsAtContentAfterTheArray() {
        Read read = read("[" + offer("OBS-1") + "]\n" + offer("OBS-2") + "\n");

        assertThat(read.facts().rows()).isEqualTo(1);
        assertThat(read.facts().unread()).isEqualTo(new Unread(2, 1));
        assertThat(read.sink().problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("JSON_INVALID");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message().en()).contains("Content follows the main array");
        });
    }

    @Test
    void stopsAtAnArrayCutShortKeepingTheRecordsBefore() {
        Read read = read("[\n" + offer("OBS-1") + ",\n" + offer("OBS-2") + ",\n" + offer("OBS-3").substring(0, 50));

        assertThat(read.sink().acceptedLines).containsExactly(2L, 3L);
        assertThat(read.facts().complete()).isFalse();
        assertThat(read.facts().unread()).isEqualTo(new Unread(4, 1));
        assertThat(read.problems("JSON_INVALID")).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void stopsAtAValueTooLongInAnArray() {
        Read read = read("[\n" + offer("OBS-1") + ",\n" + offer("OBS-2", "population", "9".repeat(40_000)) + ",\n"
                + offer("OBS-3") + "\n]");

        assertThat(read.sink().acceptedLines).containsExactly(2L);
        assertThat(read.facts().unread()).isEqualTo(new Unread(3, 3));
        assertThat(read.problems("CELL_TOO_LONG")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message().fr()).contains("n'est pas lu au-delà");
        });
    }

    @Test
    void rejectsAValueThatIsNotAnObjectAndReadsOn() {
        Read read = read("[" + offer("OBS-1") + ", 42, \"texte\", [1], " + offer("OBS-5") + "]");

        assertThat(read.facts().rows()).isEqualTo(5);
        assertThat(read.accepted()).isEqualTo(2);
        assertThat(read.problems("RECORD_NOT_OBJECT")).extracting(Problem::record).containsExactly(2L, 3L, 4L);
        assertThat(read.facts().complete()).isTrue();
    }
}
