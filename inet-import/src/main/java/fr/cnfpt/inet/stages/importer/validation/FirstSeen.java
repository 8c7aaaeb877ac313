package fr.cnfpt.inet.stages.importer.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Remembers where each key (an offer's reference, a trainee's id) was first seen, in a compact
 * open-addressing table whose keys are stored as UTF-8 bytes in large shared blocks: a million
 * keys cost their bytes plus about thirty bytes each, and no object per key, so the garbage
 * collector has nothing to trace or copy however many keys there are.
 */
final class FirstSeen {

    private static final int BLOCK_SIZE = 1 << 20;
    private static final int EMPTY = 0;

    /** Per slot: the key's hash (never {@link #EMPTY} for a used slot), where its bytes are, where it was seen. */
    private int[] hashes = new int[1024];
    private long[] addresses = new long[1024];
    private long[] lines = new long[1024];
    private int[] files = new int[1024];
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
        int mask = hashes.length - 1;
        int slot = hash & mask;
        while (hashes[slot] != EMPTY) {
            if (hashes[slot] == hash && sameBytes(addresses[slot], length)) {
                return new Place(files[slot], lines[slot]);
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        addresses[slot] = store(length);
        lines[slot] = line;
        files[slot] = file;
        if (++size * 2 > hashes.length) {
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
                scratch = bytes.length > scratch.length ? Arrays.copyOf(bytes, bytes.length * 2) : scratch;
                System.arraycopy(bytes, 0, scratch, 0, bytes.length);
                return bytes.length;
            }
            scratch[i] = (byte) c;
        }
        return length;
    }

    /** Copies the scratch bytes into the current block (a new one if full); returns their address. */
    private long store(int length) {
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("a key has at most 65,535 bytes: " + length);
        }
        if (blockUsed + length + 2 > block.length) {
            block = new byte[Math.max(BLOCK_SIZE, length + 2)];
            blocks.add(block);
            blockUsed = 0;
        }
        int offset = blockUsed;
        block[offset] = (byte) (length >>> 8);
        block[offset + 1] = (byte) length;
        System.arraycopy(scratch, 0, block, offset + 2, length);
        blockUsed += length + 2;
        return ((long) (blocks.size() - 1) << 32) | offset;
    }

    private boolean sameBytes(long address, int length) {
        byte[] stored = blocks.get((int) (address >>> 32));
        int offset = (int) address;
        int storedLength = ((stored[offset] & 0xFF) << 8) | (stored[offset + 1] & 0xFF);
        return storedLength == length
                && Arrays.equals(stored, offset + 2, offset + 2 + length, scratch, 0, length);
    }

    /** FNV-1a over the bytes, then MurmurHash3's finaliser; never {@link #EMPTY}. */
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
        return h == EMPTY ? 1 : h;
    }

    private void grow() {
        int[] oldHashes = hashes;
        long[] oldAddresses = addresses;
        long[] oldLines = lines;
        int[] oldFiles = files;
        int capacity = oldHashes.length * 2;
        hashes = new int[capacity];
        addresses = new long[capacity];
        lines = new long[capacity];
        files = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int slot = oldHashes[i] & mask;
                while (hashes[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                addresses[slot] = oldAddresses[i];
                lines[slot] = oldLines[i];
                files[slot] = oldFiles[i];
            }
        }
    }
}
