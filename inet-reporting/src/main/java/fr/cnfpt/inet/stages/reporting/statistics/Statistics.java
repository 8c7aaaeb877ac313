package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statistics of a dataset, as {@link StatisticsCollector#finish()} leaves them: counts by group,
 * from which each report builds its tables ({@link OffersTables}, {@link PlacementsTables},
 * {@link DashboardTables}). Holds no name and no id.
 * <p>
 * Immutable once finished, and thread-safe.
 */
public final class Statistics {

    private final Edition edition;
    private final Schedules schedules;
    final Tallies tallies;

    Statistics(Edition edition, Schedules schedules, Tallies tallies) {
        this.edition = edition;
        this.schedules = schedules;
        this.tallies = tallies;
    }

    /** @return the edition the statistics were computed with, not null */
    public Edition edition() {
        return edition;
    }

    Schedules schedules() {
        return schedules;
    }

    /**
     * Returns the cohorts that have records of a kind.
     *
     * @param source  offers, trainees or placements, not null
     * @return the cohort years, in order, not null
     */
    public Set<Integer> cohorts(Source source) {
        Counter<Group> counter = switch (source) {
            case OFFERS -> tallies.offers;
            case TRAINEES -> tallies.trainees;
            case PLACEMENTS -> tallies.placements;
        };
        Set<Integer> cohorts = new TreeSet<>();
        counter.keys().forEach(g -> cohorts.add(g.cohort()));
        return cohorts;
    }

    /**
     * Tells whether any record of a kind was counted.
     *
     * @param source  offers, trainees or placements, not null
     * @return true if there is at least one
     */
    public boolean has(Source source) {
        return !cohorts(source).isEmpty();
    }

    /**
     * Returns the cohort a report is about when none is asked for: the latest with offers, else with
     * trainees.
     *
     * @return the cohort, or empty if there are no records
     */
    public Optional<CohortYear> latestCohort() {
        Set<Integer> cohorts = new TreeSet<>(cohorts(Source.OFFERS));
        cohorts.addAll(cohorts(Source.TRAINEES));
        return cohorts.stream().reduce((a, b) -> b).map(CohortYear::of);
    }

    /**
     * Returns the number of rows left out of the statistics because they were rejected at import.
     *
     * @param source  the kind of records, not null
     * @return the count
     */
    public long rowsLeftOut(Source source) {
        return tallies.rowsLeftOut.get(Group.of(0, source.name()));
    }

    /**
     * Returns the number of lines left out of the statistics because they could not be read.
     *
     * @param source  the kind of records, not null
     * @return the count
     */
    public long linesNotRead(Source source) {
        return tallies.linesNotRead.get(Group.of(0, source.name()));
    }
}
