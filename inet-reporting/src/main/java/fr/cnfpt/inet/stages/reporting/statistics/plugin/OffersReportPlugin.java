package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.spi.ReportInput;
import fr.cnfpt.inet.stages.reporting.statistics.OffersTables;
import fr.cnfpt.inet.stages.reporting.statistics.Source;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import fr.cnfpt.inet.stages.reporting.statistics.Statistics;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The offers report of a cohort ({@link OffersTables}), compared with the previous cohort when the
 * dataset has it. Found with {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class OffersReportPlugin extends AbstractStatisticsPlugin {

    /** Creates the plugin; found with {@link java.util.ServiceLoader}. */
    public OffersReportPlugin() {
    }

    @Override
    public String id() {
        return "offers";
    }

    @Override
    public LocalizedText title() {
        return LocalizedText.of("Les offres de stages", "Internship offers");
    }

    @Override
    public Set<ReportInput> inputs() {
        return EnumSet.of(ReportInput.EDITION, ReportInput.OFFERS);
    }

    @Override
    List<StatTable> tables(Statistics statistics, CohortYear cohort, int minCount) {
        return OffersTables.of(statistics, cohort);
    }

    @Override
    List<ChartSpec> charts() {
        return List.of(ChartSpec.groupedBars("offers-by-type-and-corps", 0, 1, 2),
                ChartSpec.pie("offers-by-host-kind", 0, 1), ChartSpec.bars("offers-by-population-band", 0, 1));
    }

    @Override
    List<Source> sources() {
        return List.of(Source.OFFERS);
    }
}
