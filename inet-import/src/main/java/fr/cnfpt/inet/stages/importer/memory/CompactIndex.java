package fr.cnfpt.inet.stages.importer.memory;

/**
 * An open-addressing hash table from 64-bit keys to {@code long} values, 16 bytes a slot, filled to
 * at most three quarters before it doubles (so 21 to 43 bytes an entry): the indexes that must hold a million records while others are read, in a few
 * tens of megabytes. The placement checks keep each offer's terms and each trainee's corps and
 * cohort in one; the statistics keep each offer's host group and each trainee's placements.
 * Keys are {@link #key(String) hashes} of references and ids; key 0 is reserved.
 * <p>
 * Public API for report plugins: the statistics of {@code inet-reporting} build their join indexes
 * with it, as the placement checks do, so that the two read the same packed records
 * ({@link PackedOffer}, {@link PackedTrainee}) the same way. Unit-tested in {@code CompactIndexTest}.
 * <p>
 * Not thread-safe: one owner.
 */
public final class CompactIndex {

    private static final long EMPTY = 0;

    private long[] keys;
    private long[] values;
    private int size;

    /** Creates an empty index. */
    public CompactIndex() {
        keys = new long[1 << 10];
        values = new long[1 << 10];
    }

    /**
     * Returns the value of a key.
     *
     * @param key  the key, not 0
     * @param absent  what to return when the key is absent
     * @return the value, or {@code absent}
     */
    public long get(long key, long absent) {
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

    /**
     * Sets the value of a key.
     *
     * @param key  the key, not 0
     * @param value  the value
     */
    public void put(long key, long value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        if (size >= keys.length - (keys.length >> 2)) {
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

    /** @return the number of keys */
    public int size() {
        return size;
    }

    /**
     * Calls back with every entry, in no particular order.
     *
     * @param entry  the callback, not null
     */
    public void forEach(Entry entry) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                entry.accept(keys[slot], values[slot]);
            }
        }
    }

    /** Receives an entry. */
    public interface Entry {
        /**
         * Receives an entry.
         *
         * @param key  the key
         * @param value  its value
         */
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
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /**
     * Returns the key of a text: a 64-bit hash (FNV-1a, then mixed), never 0. Two different texts
     * share a key with a chance of about n²/2⁶⁵ for n texts (one in 37 million for a million ids),
     * which docs/scaling.md states.
     *
     * @param text  a reference or an id, not null
     * @return the key, not 0
     */
    public static long key(String text) {
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
