package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The dated schedules of every corps for one cohort.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CohortSchedule {

    private final CohortYear cohort;
    private final List<CorpsSchedule> schedules;

    CohortSchedule(CohortYear cohort, List<CorpsSchedule> schedules) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.schedules = List.copyOf(schedules);
    }

    /** @return the cohort, not null */
    public CohortYear cohort() {
        return cohort;
    }

    /** @return one schedule per corps, in code order, not null */
    public List<CorpsSchedule> schedules() {
        return schedules;
    }

    /**
     * Returns the schedule of one corps.
     *
     * @param corps  the corps, not null
     * @return the schedule, not null
     */
    public CorpsSchedule of(Corps corps) {
        Objects.requireNonNull(corps, "corps");
        return schedules.stream().filter(s -> s.corps() == corps).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no schedule for " + corps));
    }

    /** @return every internship of every corps, not null */
    public Stream<ScheduledInternship> internships() {
        return schedules.stream().flatMap(s -> s.internships().stream());
    }

    /** @return true if every date comes from an official calendar */
    public boolean isOfficial() {
        return internships().allMatch(i -> i.source() == DateSource.OFFICIAL);
    }

    /** @return true if no date comes from an official calendar */
    public boolean isProjected() {
        return internships().allMatch(i -> i.source() == DateSource.PROJECTED);
    }
}
