package fr.cnfpt.inet.stages.importer.csv;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.util.Arrays;

/**
 * Records what a binder sends to its sink (records, problems, rejections), in order, so that the
 * parsing thread can bind rows and the caller's thread replay them into the caller's sink: the
 * caller's sink is only ever called from the caller's thread.
 */
final class SinkBuffer implements RowSink {

    private static final byte OFFER = 0;
    private static final byte TRAINEE = 1;
    private static final byte PLACEMENT = 2;
    private static final byte PROBLEM = 3;
    private static final byte REJECTED = 4;

    private byte[] kinds = new byte[CsvChunk.SIZE + 64];
    private long[] lines = new long[kinds.length];
    private Object[] items = new Object[kinds.length];
    private int size;

    @Override
    public void offer(long line, Offer offer) {
        add(OFFER, line, offer);
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        add(TRAINEE, line, trainee);
    }

    @Override
    public void placement(long line, Placement placement) {
        add(PLACEMENT, line, placement);
    }

    @Override
    public void problem(Problem problem) {
        add(PROBLEM, 0, problem);
    }

    @Override
    public void rejected(long line) {
        add(REJECTED, line, null);
    }

    /** Sends everything recorded, in the order recorded, to a sink. */
    void replayInto(RowSink sink) {
        for (int i = 0; i < size; i++) {
            switch (kinds[i]) {
                case OFFER -> sink.offer(lines[i], (Offer) items[i]);
                case TRAINEE -> sink.trainee(lines[i], (Trainee) items[i]);
                case PLACEMENT -> sink.placement(lines[i], (Placement) items[i]);
                case PROBLEM -> sink.problem((Problem) items[i]);
                default -> sink.rejected(lines[i]);
            }
        }
    }

    private void add(byte kind, long line, Object item) {
        if (size == kinds.length) {
            int capacity = size * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            lines = Arrays.copyOf(lines, capacity);
            items = Arrays.copyOf(items, capacity);
        }
        kinds[size] = kind;
        lines[size] = line;
        items[size++] = item;
    }
}
