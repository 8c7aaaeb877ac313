package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The offer deadlines of a cohort's schedule, each with its status on a given day, sorted by date,
 * and the internships it gives none for. The day is always passed in: the library never reads the
 * clock.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OfferDeadlines {

    /** A deadline within this many days is due soon. */
    public static final int DUE_SOON_DAYS = 30;

    /**
     * One deadline.
     *
     * @param corps  the corps, not null
     * @param type  the internship type, not null
     * @param deadline  the last day to submit offers, not null
     * @param internshipStart  the internship's first day, not null
     * @param status  the status on the day asked, not null
     * @param daysLeft  days from the day asked to the deadline, negative once passed
     * @param source  whether the deadline is official or projected, not null
     */
    public record Deadline(Corps corps, InternshipType type, LocalDate deadline, LocalDate internshipStart,
            DeadlineStatus status, long daysLeft, DateSource source) {

        /**
         * Creates a deadline.
         *
         * @param corps  the corps, not null
         * @param type  the type, not null
         * @param deadline  the deadline, not null
         * @param internshipStart  the first day, not null
         * @param status  the status, not null
         * @param daysLeft  the days left
         * @param source  the source, not null
         */
        public Deadline {
            Objects.requireNonNull(corps, "corps");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(internshipStart, "internshipStart");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(source, "source");
        }
    }

    private OfferDeadlines() {
    }

    /**
     * Lists a schedule's deadlines as of a day, earliest first.
     *
     * @param schedule  the cohort's schedule, not null
     * @param asOf  the day to judge from, not null
     * @return the deadlines, sorted by date then corps and type, not null
     */
    public static List<Deadline> asOf(CohortSchedule schedule, LocalDate asOf) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(asOf, "asOf");
        return schedule.internships()
                .filter(i -> i.offerDeadline().isPresent())
                .map(i -> {
                    LocalDate deadline = i.offerDeadline().get();
                    long days = ChronoUnit.DAYS.between(asOf, deadline);
                    DeadlineStatus status = days < 0 ? DeadlineStatus.PASSED
                            : days <= DUE_SOON_DAYS ? DeadlineStatus.DUE_SOON : DeadlineStatus.OPEN;
                    return new Deadline(i.corps(), i.type(), deadline, i.period().firstDay(), status, days, i.source());
                })
                .sorted(Comparator.comparing(Deadline::deadline).thenComparing(Deadline::corps).thenComparing(Deadline::type))
                .toList();
    }

    /**
     * Lists the internships whose schedule gives no offer deadline: the brochure says "date non
     * communiquée" for the later internships. A list of deadlines should say so rather than leave
     * them out.
     *
     * @param schedule  the cohort's schedule, not null
     * @return those internships, in the schedule's order (corps, then schooling order), not null
     */
    public static List<ScheduledInternship> notGiven(CohortSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        return schedule.internships().filter(i -> i.offerDeadline().isEmpty()).toList();
    }
}
