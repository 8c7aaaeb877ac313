package fr.cnfpt.inet.stages.reporting.run;

import fr.cnfpt.inet.stages.importer.run.ImportResult;
import fr.cnfpt.inet.stages.reporting.statistics.Statistics;
import java.util.Objects;

/**
 * What a {@link StatisticsRun} found: the import's result (each file's report, the problems, and
 * whether the statistics may be published: {@link ImportResult#decision(boolean, boolean)}) and the
 * statistics of the records accepted, which count the rows left out and the lines not read.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param imported  the import's result, not null
 * @param statistics  the statistics, not null
 */
public record StatisticsResult(ImportResult imported, Statistics statistics) {

    /**
     * Creates a result.
     *
     * @param imported  the import's result, not null
     * @param statistics  the statistics, not null
     */
    public StatisticsResult {
        Objects.requireNonNull(imported, "imported");
        Objects.requireNonNull(statistics, "statistics");
    }
}
