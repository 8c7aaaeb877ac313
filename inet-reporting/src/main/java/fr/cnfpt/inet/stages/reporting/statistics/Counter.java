package fr.cnfpt.inet.stages.reporting.statistics;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts by group: memory grows with the number of distinct keys, never with the rows counted.
 * Not thread-safe; the collector owns it.
 *
 * @param <K>  the group key, a small immutable value
 */
final class Counter<K> {

    private final Map<K, long[]> counts = new HashMap<>();

    void add(K key, long amount) {
        counts.computeIfAbsent(key, k -> new long[1])[0] += amount;
    }

    void increment(K key) {
        add(key, 1);
    }

    long get(K key) {
        long[] count = counts.get(key);
        return count == null ? 0 : count[0];
    }

    Set<K> keys() {
        return Collections.unmodifiableSet(counts.keySet());
    }
}
