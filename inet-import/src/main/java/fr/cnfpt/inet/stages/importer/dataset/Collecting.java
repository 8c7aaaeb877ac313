package fr.cnfpt.inet.stages.importer.dataset;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a dataset file gives, in the order of its lines: the records of one kind and the problems. */
final class Collecting<T> implements RowSink {

    private final Class<T> type;
    private final List<T> records = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    Collecting(Class<T> type) {
        this.type = type;
    }

    @Override
    public void offer(long line, Offer offer) {
        records.add(type.cast(offer));
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        records.add(type.cast(trainee));
    }

    @Override
    public void placement(long line, Placement placement) {
        records.add(type.cast(placement));
    }

    @Override
    public void wish(long line, Wish wish) {
        records.add(type.cast(wish));
    }

    @Override
    public void exclusion(long line, Exclusion exclusion) {
        records.add(type.cast(exclusion));
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    @Override
    public void rejected(long line) {
        // counted by the facts: rows = records + rejected rows
    }

    List<T> records() {
        return records;
    }

    List<Problem> problems() {
        return problems;
    }
}
