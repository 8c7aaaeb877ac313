package fr.cnfpt.inet.stages.importer.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactIndexTest {

    @Test
    void holdsWhatAHashMapHoldsThroughManyGrowths() {
        CompactIndex index = new CompactIndex();
        Map<Long, Long> oracle = new HashMap<>();
        Random random = new Random(2026);
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextInt(50_000) + 1L;
            long value = random.nextLong();
            index.put(key, value);
            oracle.put(key, value);
        }

        assertThat(index.size()).isEqualTo(oracle.size());
        oracle.forEach((key, value) -> assertThat(index.get(key, -1)).isEqualTo(value));
        assertThat(index.get(50_001, -7)).as("an absent key").isEqualTo(-7);
    }

    @Test
    void givesEveryEntryOnceToForEach() {
        CompactIndex index = new CompactIndex();
        for (long key = 1; key <= 5_000; key++) {
            index.put(key, key * 10);
        }
        Map<Long, Long> seen = new HashMap<>();

        index.forEach((key, value) -> assertThat(seen.put(key, value)).isNull());

        assertThat(seen).hasSize(5_000).allSatisfy((key, value) -> assertThat(value).isEqualTo(key * 10));
    }

    @Test
    void overwritesTheValueOfAKeyAlreadyThere() {
        CompactIndex index = new CompactIndex();
        index.put(42, 1);
        index.put(42, 2);

        assertThat(index.get(42, 0)).isEqualTo(2);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void refusesTheReservedKeyZero() {
        assertThatThrownBy(() -> new CompactIndex().put(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysTextsWithANonZeroHashThatDependsOnTheTextOnly() {
        assertThat(CompactIndex.key("OBS-2026-001")).isEqualTo(CompactIndex.key("OBS-2026-001")).isNotZero()
                .isNotEqualTo(CompactIndex.key("OBS-2026-002"));
        assertThat(CompactIndex.key("")).isNotZero();
    }
}
