package fr.cnfpt.inet.stages.importer;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything it is given, for tests. */
public final class Collected implements RowSink {

    public final List<Offer> offers = new ArrayList<>();
    public final List<Trainee> trainees = new ArrayList<>();
    public final List<Placement> placements = new ArrayList<>();
    public final List<Long> acceptedLines = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();
    public final List<Long> rejected = new ArrayList<>();

    @Override
    public void offer(long line, Offer offer) {
        offers.add(offer);
        acceptedLines.add(line);
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        trainees.add(trainee);
        acceptedLines.add(line);
    }

    @Override
    public void placement(long line, Placement placement) {
        placements.add(placement);
        acceptedLines.add(line);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    @Override
    public void rejected(long line) {
        rejected.add(line);
    }

    /** @return the codes of the problems, in order */
    public List<String> codes() {
        return problems.stream().map(Problem::code).toList();
    }

    /** @return the errors */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
