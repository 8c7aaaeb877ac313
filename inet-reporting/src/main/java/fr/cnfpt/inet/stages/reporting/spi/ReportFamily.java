package fr.cnfpt.inet.stages.reporting.spi;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What kind of report a plugin writes, so that a caller finds its plugins without knowing their ids:
 * {@code inet brochure} uses the plugin of the {@link #BROCHURE} family, {@code inet stats} every
 * plugin of the {@link #STATISTICS} family.
 */
public enum ReportFamily {
    /** The yearly brochure of a cohort, made from the edition and the cohort's calendar. */
    BROCHURE,
    /** A statistical report, made from the statistics of a dataset of offers, trainees or placements. */
    STATISTICS,
    /** The report on a placement plan, made from its {@link ReportInput#PLAN summary}: {@code inet plan --report}. */
    PLAN,
    /** Any other report. */
    OTHER;

    private static final Set<ReportInput> DATASETS = EnumSet.of(ReportInput.OFFERS, ReportInput.TRAINEES,
            ReportInput.PLACEMENTS);

    /**
     * Tells the family of a report from its inputs, for plugins that do not state theirs:
     * {@link #PLAN} if it needs a plan, {@link #STATISTICS} if it needs a dataset, else {@link #OTHER}.
     *
     * @param inputs  what the report is made from, not null
     * @return the family, not null
     */
    public static ReportFamily of(Set<ReportInput> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        if (inputs.contains(ReportInput.PLAN)) {
            return PLAN;
        }
        return inputs.stream().anyMatch(DATASETS::contains) ? STATISTICS : OTHER;
    }
}
