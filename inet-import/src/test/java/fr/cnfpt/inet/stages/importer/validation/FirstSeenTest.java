package fr.cnfpt.inet.stages.importer.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstSeenTest {

    @Test
    void remembersWhereEachKeyWasFirstSeen() {
        FirstSeen seen = new FirstSeen();

        assertThat(seen.putIfAbsent("OFF-1", 0, 2)).isNull();
        assertThat(seen.putIfAbsent("OFF-2", 0, 3)).isNull();

        assertThat(seen.putIfAbsent("OFF-1", 1, 9)).isEqualTo(new FirstSeen.Place(0, 2));
        assertThat(seen.putIfAbsent("OFF-1", 1, 10)).isEqualTo(new FirstSeen.Place(0, 2));
        assertThat(seen.size()).isEqualTo(2);
    }

    @Test
    void tellsApartKeysThatDifferOnlyByAccentsCaseOrLength() {
        FirstSeen seen = new FirstSeen();

        for (String key : new String[] {"Élève-1", "Eleve-1", "élève-1", "ÉLÈVE-1", "Élève-10", "Élève-", "", "€", "\u0000"}) {
            assertThat(seen.putIfAbsent(key, 0, 1)).as(key).isNull();
        }
        assertThat(seen.putIfAbsent("Élève-1", 0, 5)).isEqualTo(new FirstSeen.Place(0, 1));
        assertThat(seen.putIfAbsent("€", 0, 5)).isEqualTo(new FirstSeen.Place(0, 1));
        assertThat(seen.size()).isEqualTo(9);
    }

    @Test
    void keepsEveryKeyAcrossGrowthAndStorageBlocks() {
        FirstSeen seen = new FirstSeen();
        int keys = 300_000;
        for (int i = 0; i < keys; i++) {
            assertThat(seen.putIfAbsent("REF-" + i + "-" + "x".repeat(i % 50), 0, i)).isNull();
        }
        for (int i = 0; i < keys; i += 7) {
            assertThat(seen.putIfAbsent("REF-" + i + "-" + "x".repeat(i % 50), 1, -1)).isEqualTo(new FirstSeen.Place(0, i));
        }
        assertThat(seen.size()).isEqualTo(keys);
    }
}
