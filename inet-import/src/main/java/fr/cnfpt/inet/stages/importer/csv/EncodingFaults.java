package fr.cnfpt.inet.stages.importer.csv;

import java.util.Arrays;

/**
 * The places of a decoded text that cannot be trusted, in the order the {@link DetectingReader}
 * found them: a byte that is not of the file's encoding (decoded as U+FFFD), or a byte sequence that
 * reads as UTF-8 in a file read as Windows-1252 (mojibake such as {@code Ã©} for {@code é}). Each is
 * the offset of its first character in the text. The tokenizer takes them row by row, so the queue
 * never holds more than the characters of one read.
 * <p>
 * Instances are not thread-safe: the reader and the tokenizer share one thread.
 */
final class EncodingFaults {

    /** A byte (or sequence) that is not of the file's encoding: decoded as U+FFFD. */
    static final int NOT_OF_ENCODING = 1;
    /** A byte sequence that reads as UTF-8 while the file is read as Windows-1252. */
    static final int READS_AS_UTF8 = 2;

    private long[] offsets = new long[16];
    private byte[] kinds = new byte[16];
    private int head;
    private int tail;

    /** @return true if no fault waits to be taken */
    boolean isEmpty() {
        return head == tail;
    }

    /** Records a fault at an offset not before the last one recorded. */
    void add(long offset, int kind) {
        if (tail == offsets.length) {
            if (head > 0) {
                System.arraycopy(offsets, head, offsets, 0, tail - head);
                System.arraycopy(kinds, head, kinds, 0, tail - head);
                tail -= head;
                head = 0;
            } else {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
                kinds = Arrays.copyOf(kinds, kinds.length * 2);
            }
        }
        offsets[tail] = offset;
        kinds[tail++] = (byte) kind;
    }

    /**
     * Takes the faults before an offset.
     *
     * @param from  the first offset that counts (the row's start): faults before it are dropped
     * @param to  the first offset not taken (the row's end)
     * @return the kinds of the faults taken from {@code from} on, or-ed; 0 if none
     */
    int take(long from, long to) {
        int found = 0;
        while (head < tail && offsets[head] < to) {
            if (offsets[head] >= from) {
                found |= kinds[head];
            }
            head++;
        }
        if (head == tail) {
            head = 0;
            tail = 0;
        }
        return found;
    }
}
