package fr.cnfpt.inet.stages.importer.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are UTF-8 as RFC 3629 defines it (no overlong forms, no surrogates, nothing
 * above U+10FFFF), eight ASCII bytes at a time. Jackson's non-blocking parser does not check the
 * bytes of a key: a Windows-1252 {@code é} there would swallow the next lines.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * Finds where bytes stop being whole UTF-8 sequences.
     *
     * @param bytes  the bytes
     * @param from  the first byte to check, at the start of a sequence
     * @param to  the end of the bytes
     * @return the index of the first byte that is not UTF-8 or starts a sequence cut by {@code to}, or {@code to}
     */
    static int validPrefix(byte[] bytes, int from, int to) {
        int at = from;
        while (at < to) {
            while (at + Long.BYTES <= to && ((long) LONGS.get(bytes, at) & HIGH_BITS) == 0) {
                at += Long.BYTES;
            }
            while (at < to && bytes[at] >= 0) {
                at++;
            }
            if (at == to) {
                return to;
            }
            int length = sequence(bytes, at, to);
            if (length <= 0) {
                return at;
            }
            at += length;
        }
        return to;
    }

    /**
     * Tells whether the bytes from an index to the end begin a UTF-8 sequence that more bytes would
     * complete, rather than bytes that are not UTF-8.
     *
     * @param bytes  the bytes
     * @param at  where the sequence starts
     * @param to  the end of the bytes
     * @return true if the sequence is only cut short
     */
    static boolean isCut(byte[] bytes, int at, int to) {
        return at < to && sequence(bytes, at, to) < 0;
    }

    /** @return the length of the sequence at {@code at}, 0 if it is not UTF-8, -1 if cut short by {@code to} */
    private static int sequence(byte[] bytes, int at, int to) {
        int lead = bytes[at] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        for (int i = 1; i < length; i++) {
            if (at + i >= to) {
                return -1;
            }
            int next = bytes[at + i] & 0xFF;
            if (next < low || next > high) {
                return 0;
            }
            low = 0x80;
            high = 0xBF;
        }
        return length;
    }
}
