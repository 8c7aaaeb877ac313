package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.spi.ReportInput;
import fr.cnfpt.inet.stages.reporting.statistics.PlacementsTables;
import fr.cnfpt.inet.stages.reporting.statistics.Source;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import fr.cnfpt.inet.stages.reporting.statistics.Statistics;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The trainees and placements report of a cohort ({@link PlacementsTables}); counts of people under
 * the privacy threshold are withheld. Found with {@link java.util.ServiceLoader}; stateless and
 * thread-safe.
 */
public final class PlacementsReportPlugin extends AbstractStatisticsPlugin {

    /** Creates the plugin; found with {@link java.util.ServiceLoader}. */
    public PlacementsReportPlugin() {
    }

    @Override
    public String id() {
        return "placements";
    }

    @Override
    public LocalizedText title() {
        return LocalizedText.of("Les élèves et leurs affectations", "Trainees and placements");
    }

    @Override
    public Set<ReportInput> inputs() {
        return EnumSet.of(ReportInput.EDITION, ReportInput.TRAINEES);
    }

    @Override
    List<StatTable> tables(Statistics statistics, CohortYear cohort, int minCount) {
        return PlacementsTables.of(statistics, cohort, minCount);
    }

    @Override
    List<ChartSpec> charts() {
        return List.of(ChartSpec.groupedBars("placement-rate-by-type-and-corps", 0, 1, 4),
                ChartSpec.bars("offers-per-trainee-by-type", 0, 3));
    }

    @Override
    List<Source> sources() {
        return List.of(Source.TRAINEES, Source.PLACEMENTS);
    }
}
