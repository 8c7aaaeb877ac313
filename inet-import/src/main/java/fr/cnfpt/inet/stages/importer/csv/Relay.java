package fr.cnfpt.inet.stages.importer.csv;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;

/**
 * The sink a CSV binder writes to: the caller's sink before and after the parse, the current
 * chunk's buffer during it (see {@link CsvRows}).
 */
final class Relay implements RowSink {

    private final RowSink callers;
    private RowSink target;

    Relay(RowSink callers) {
        this.callers = callers;
        this.target = callers;
    }

    /** Sends what follows to a chunk's buffer (on the parsing thread). */
    void into(SinkBuffer buffer) {
        target = buffer;
    }

    /** Sends what follows to the caller's sink again (once the parsing thread has ended). */
    void toCaller() {
        target = callers;
    }

    @Override
    public void offer(long line, Offer offer) {
        target.offer(line, offer);
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        target.trainee(line, trainee);
    }

    @Override
    public void placement(long line, Placement placement) {
        target.placement(line, placement);
    }

    @Override
    public void problem(Problem problem) {
        target.problem(problem);
    }

    @Override
    public void rejected(long line) {
        target.rejected(line);
    }
}
