package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.spi.ReportInput;
import fr.cnfpt.inet.stages.reporting.statistics.DashboardTables;
import fr.cnfpt.inet.stages.reporting.statistics.Source;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import fr.cnfpt.inet.stages.reporting.statistics.Statistics;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The director's one-page dashboard ({@link DashboardTables}): the key figures and three charts.
 * Found with {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class DashboardPlugin extends AbstractStatisticsPlugin {

    /** Creates the plugin; found with {@link java.util.ServiceLoader}. */
    public DashboardPlugin() {
    }

    @Override
    public String id() {
        return "dashboard";
    }

    @Override
    public LocalizedText title() {
        return LocalizedText.of("Tableau de bord des stages", "Internships dashboard");
    }

    @Override
    public Set<ReportInput> inputs() {
        return EnumSet.of(ReportInput.EDITION, ReportInput.OFFERS, ReportInput.TRAINEES);
    }

    @Override
    List<StatTable> tables(Statistics statistics, CohortYear cohort, int minCount) {
        return DashboardTables.of(statistics, cohort, minCount);
    }

    @Override
    List<ChartSpec> charts() {
        return List.of(ChartSpec.bars("offers-by-type", 0, 1).instead(),
                ChartSpec.bars("placement-rate-by-type", 0, 1).instead(),
                ChartSpec.pie("offers-by-host-kind-share", 0, 1).instead());
    }

    @Override
    List<Source> sources() {
        return List.of(Source.OFFERS, Source.TRAINEES, Source.PLACEMENTS);
    }
}
