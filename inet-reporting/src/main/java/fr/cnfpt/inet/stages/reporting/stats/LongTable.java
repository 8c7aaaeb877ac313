package fr.cnfpt.inet.stages.reporting.stats;

import java.util.Arrays;

/**
 * An open-addressing hash table from 64-bit keys to {@code long} values, 16 bytes a slot: the
 * collector's join indexes (offer reference to host group, trainee to corps and placements), which
 * must hold a million entries in a few tens of megabytes. Key 0 is reserved (callers never use it).
 * Not thread-safe.
 */
final class LongTable {

    private static final long EMPTY = 0;

    private long[] keys;
    private long[] values;
    private int size;

    LongTable() {
        keys = new long[1 << 10];
        values = new long[1 << 10];
    }

    /** @return the value of a key, or {@code absent} */
    long get(long key, long absent) {
        int mask = keys.length - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return absent;
            }
        }
    }

    void put(long key, long value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                values[slot] = value;
                return;
            }
            if (k == EMPTY) {
                keys[slot] = key;
                values[slot] = value;
                size++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    /** Calls back with every entry, in no particular order. */
    void forEach(Entry entry) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                entry.accept(keys[slot], values[slot]);
            }
        }
    }

    interface Entry {
        void accept(long key, long value);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != EMPTY) {
                put(oldKeys[slot], oldValues[slot]);
            }
        }
        Arrays.fill(oldKeys, EMPTY);
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /**
     * A 64-bit hash of a text (FNV-1a, then mixed), never 0: the key of a reference or an id. Two
     * different texts share a hash with a chance of about n²/2⁶⁵ (one in 37 million for a million
     * ids), which docs/scaling.md states.
     */
    static long key(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
