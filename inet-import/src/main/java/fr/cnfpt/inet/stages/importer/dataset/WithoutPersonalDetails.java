package fr.cnfpt.inet.stages.importer.dataset;

import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowLocation;
import fr.cnfpt.inet.stages.importer.spi.RowSink;

/**
 * Passes on what a trainees file of a dataset gives, each trainee without personal details: a
 * dataset holds none, and a name or e-mail address in a file edited by hand is not read.
 */
final class WithoutPersonalDetails implements RowSink {

    private final RowSink sink;

    WithoutPersonalDetails(RowSink sink) {
        this.sink = sink;
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        sink.trainee(line, bare(trainee));
    }

    @Override
    public void trainee(RowLocation at, Trainee trainee) {
        sink.trainee(at, bare(trainee));
    }

    @Override
    public void problem(Problem problem) {
        sink.problem(problem);
    }

    @Override
    public void rejected(long line) {
        sink.rejected(line);
    }

    private static Trainee bare(Trainee trainee) {
        return Trainee.of(trainee.id(), trainee.corps(), trainee.cohort());
    }
}
