package fr.cnfpt.inet.stages.importer.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Remembers where each key (an offer's reference, a trainee's id) was first seen, in a compact
 * open-addressing table: one {@code long} per slot (the key's hash and where its entry is), and
 * entries (the key's UTF-8 bytes, the file and the line) in large shared blocks. A million keys
 * cost 16 MB of table plus their bytes, and no object per key, so the garbage collector has
 * nothing to trace or copy however many keys there are; a new key costs one probe of the small
 * table, the entries being read only when hashes are equal.
 */
final class FirstSeen {

    private static final int BLOCK_BITS = 20;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int MAX_BLOCKS = 1 << (32 - BLOCK_BITS);
    /** An entry: the key's length (2 bytes), the file (4), the line (8), then the key's bytes. */
    private static final int HEADER = 14;
    private static final long EMPTY = 0;

    /** Per slot: the key's hash (high half, never 0 for a used slot) and its entry's address (low half). */
    private long[] slots = new long[1024];
    private int size;

    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] block = new byte[0];
    private int blockUsed;
    private byte[] scratch = new byte[256];

    /** The place a key was first seen. */
    record Place(int file, long line) {
    }

    /**
     * Records a key, unless already seen.
     *
     * @return where it was first seen, or null if it is new (and now recorded)
     */
    Place putIfAbsent(String key, int file, long line) {
        int length = encode(key);
        int hash = hash(scratch, length);
        int mask = slots.length - 1;
        int slot = hash & mask;
        long entry;
        while ((entry = slots[slot]) != EMPTY) {
            if ((int) (entry >>> 32) == hash) {
                byte[] stored = blocks.get((int) entry >>> BLOCK_BITS);
                int offset = (int) entry & (BLOCK_SIZE - 1);
                if (sameKey(stored, offset, length)) {
                    return new Place(readInt(stored, offset + 2), readLong(stored, offset + 6));
                }
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = ((long) hash << 32) | (store(length, file, line) & 0xFFFF_FFFFL);
        if (++size * 2 > slots.length) {
            grow();
        }
        return null;
    }

    int size() {
        return size;
    }

    /** Writes the key's UTF-8 bytes into the scratch buffer; returns their count. */
    private int encode(String key) {
        int length = key.length();
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
                if (bytes.length > scratch.length) {
                    scratch = new byte[bytes.length * 2];
                }
                System.arraycopy(bytes, 0, scratch, 0, bytes.length);
                return bytes.length;
            }
            scratch[i] = (byte) c;
        }
        return length;
    }

    /** Appends an entry for the scratch bytes to the current block (a new one if full); returns its address. */
    private int store(int length, int file, long line) {
        int entryLength = HEADER + length;
        if (length > 0xFFFF || entryLength > BLOCK_SIZE) {
            throw new IllegalArgumentException("a key has at most 65,535 bytes: " + length);
        }
        if (blockUsed + entryLength > block.length) {
            if (blocks.size() == MAX_BLOCKS) {
                throw new IllegalStateException("more keys than " + MAX_BLOCKS + " blocks of " + BLOCK_SIZE
                        + " bytes hold");
            }
            block = new byte[BLOCK_SIZE];
            blocks.add(block);
            blockUsed = 0;
        }
        int offset = blockUsed;
        block[offset] = (byte) (length >>> 8);
        block[offset + 1] = (byte) length;
        writeInt(block, offset + 2, file);
        writeLong(block, offset + 6, line);
        System.arraycopy(scratch, 0, block, offset + HEADER, length);
        blockUsed += entryLength;
        return ((blocks.size() - 1) << BLOCK_BITS) | offset;
    }

    private boolean sameKey(byte[] stored, int offset, int length) {
        int storedLength = ((stored[offset] & 0xFF) << 8) | (stored[offset + 1] & 0xFF);
        return storedLength == length
                && Arrays.equals(stored, offset + HEADER, offset + HEADER + length, scratch, 0, length);
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >>> (24 - 8 * i));
        }
    }

    private static void writeLong(byte[] bytes, int at, long value) {
        for (int i = 0; i < 8; i++) {
            bytes[at + i] = (byte) (value >>> (56 - 8 * i));
        }
    }

    private static int readInt(byte[] bytes, int at) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (bytes[at + i] & 0xFF);
        }
        return value;
    }

    private static long readLong(byte[] bytes, int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[at + i] & 0xFF);
        }
        return value;
    }

    /** FNV-1a over the bytes, then MurmurHash3's finaliser; never 0. */
    private static int hash(byte[] bytes, int length) {
        int h = 0x811C9DC5;
        for (int i = 0; i < length; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != EMPTY) {
                int slot = (int) (entry >>> 32) & mask;
                while (slots[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }
}
