package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The dated schedules of every corps for one cohort.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CohortSchedule {

    private final CohortYear cohort;
    private final List<CorpsSchedule> schedules;
    /** The internships by corps and type ordinals, for lookups on every offer of a file. */
    private final ScheduledInternship[][] byCorpsAndType;

    CohortSchedule(CohortYear cohort, List<CorpsSchedule> schedules) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.schedules = List.copyOf(schedules);
        this.byCorpsAndType = new ScheduledInternship[Corps.values().length][InternshipType.values().length];
        for (CorpsSchedule schedule : this.schedules) {
            for (ScheduledInternship internship : schedule.internships()) {
                ScheduledInternship[] ofCorps = byCorpsAndType[schedule.corps().ordinal()];
                if (ofCorps[internship.type().ordinal()] == null) {
                    ofCorps[internship.type().ordinal()] = internship;
                }
            }
        }
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

    /**
     * Finds the internship of a type of one corps: the same as {@code of(corps).internship(type)},
     * but empty, rather than failing, for a corps this schedule does not have.
     *
     * @param corps  the corps, not null
     * @param type  the internship type, not null
     * @return the internship, or empty if the corps has none of that type here
     */
    public Optional<ScheduledInternship> internship(Corps corps, InternshipType type) {
        Objects.requireNonNull(corps, "corps");
        Objects.requireNonNull(type, "type");
        return Optional.ofNullable(byCorpsAndType[corps.ordinal()][type.ordinal()]);
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
