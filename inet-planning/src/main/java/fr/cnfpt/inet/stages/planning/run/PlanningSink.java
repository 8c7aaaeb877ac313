package fr.cnfpt.inet.stages.planning.run;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.run.ImportFile;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowLocation;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the records an import run accepted (its problems are the run's report's). A placement is
 * locked or history by the file it comes from: the run tells {@link #reading} which file it starts.
 * Not thread-safe: one per run; the file read is handed from the run's thread to the binding thread by a
 * volatile field, set before the file's first row is read.
 */
final class PlanningSink implements RowSink {

    final List<Offer> offers = new ArrayList<>();
    final List<Trainee> trainees = new ArrayList<>();
    final List<Placement> history = new ArrayList<>();
    final List<LockedPlacement> locked = new ArrayList<>();
    final List<Wish> wishes = new ArrayList<>();
    final List<Exclusion> exclusions = new ArrayList<>();
    private final PlanningInputs inputs;
    private volatile ImportFile reading;

    PlanningSink(PlanningInputs inputs) {
        this.inputs = inputs;
    }

    void reading(ImportFile file) {
        reading = file;
    }

    @Override
    public void offer(long line, Offer offer) {
        offers.add(offer);
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        trainees.add(trainee);
    }

    @Override
    public void placement(long line, Placement placement) {
        placement(RowLocation.ofLine(line), placement);
    }

    @Override
    public void placement(RowLocation at, Placement placement) {
        ImportFile file = reading;
        if (file != null && inputs.isLocked(file)) {
            locked.add(new LockedPlacement(file.name(), at.line(), placement));
        } else {
            history.add(placement);
        }
    }

    @Override
    public void wish(long line, Wish wish) {
        wishes.add(wish);
    }

    @Override
    public void exclusion(long line, Exclusion exclusion) {
        exclusions.add(exclusion);
    }

    @Override
    public void problem(Problem problem) {
        // the run's report holds them
    }

    @Override
    public void rejected(long line) {
        // the run's report counts them
    }
}
