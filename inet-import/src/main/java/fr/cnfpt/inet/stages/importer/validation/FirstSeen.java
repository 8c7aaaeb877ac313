package fr.cnfpt.inet.stages.importer.validation;

import java.util.Arrays;

/**
 * Remembers where each key (an offer's reference, a trainee's id) was first seen, in a compact
 * open-addressing table: a million keys cost their strings plus twelve bytes each.
 */
final class FirstSeen {

    private String[] keys = new String[1024];
    private long[] lines = new long[1024];
    private int[] files = new int[1024];
    private int size;

    /** The place a key was first seen. */
    record Place(int file, long line) {
    }

    /**
     * Records a key, unless already seen.
     *
     * @return where it was first seen, or null if it is new (and now recorded)
     */
    Place putIfAbsent(String key, int file, long line) {
        int slot = slot(keys, key);
        if (keys[slot] != null) {
            return new Place(files[slot], lines[slot]);
        }
        keys[slot] = key;
        lines[slot] = line;
        files[slot] = file;
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
    }

    int size() {
        return size;
    }

    private static int slot(String[] table, String key) {
        int mask = table.length - 1;
        int slot = mix(key.hashCode()) & mask;
        while (table[slot] != null && !table[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** MurmurHash3's finaliser: spreads sequential hash codes ("OFF-1", "OFF-2"…) over the table. */
    private static int mix(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldLines = lines;
        int[] oldFiles = files;
        keys = new String[oldKeys.length * 2];
        lines = new long[keys.length];
        files = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
                files[slot] = oldFiles[i];
            }
        }
        Arrays.fill(oldKeys, null);
    }
}
