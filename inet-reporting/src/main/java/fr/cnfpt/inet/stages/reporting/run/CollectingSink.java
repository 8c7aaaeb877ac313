package fr.cnfpt.inet.stages.reporting.run;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.reporting.statistics.Source;
import fr.cnfpt.inet.stages.reporting.statistics.StatisticsCollector;
import java.util.Map;

/**
 * Counts each accepted record, and each problem by the kind of its file; rejected rows are counted
 * from the file reports, which know each file's kind.
 *
 * @param collector  the statistics being collected
 * @param sources  the kind of each file, by its name
 */
record CollectingSink(StatisticsCollector collector, Map<String, Source> sources) implements RowSink {

    @Override
    public void offer(long line, Offer offer) {
        collector.offer(offer);
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        collector.trainee(trainee);
    }

    @Override
    public void placement(long line, Placement placement) {
        collector.placement(placement);
    }

    @Override
    public void wish(long line, Wish wish) {
        // the statistics count no wishes: a wishes file is checked and its problems counted, nothing more
    }

    @Override
    public void exclusion(long line, Exclusion exclusion) {
        // the statistics count no exclusions either
    }

    @Override
    public void problem(Problem problem) {
        collector.problem(sources.getOrDefault(problem.file(), Source.PLACEMENTS), problem.code(), problem.severity());
    }

    @Override
    public void rejected(long line) {
        // Counted from the file reports.
    }
}
