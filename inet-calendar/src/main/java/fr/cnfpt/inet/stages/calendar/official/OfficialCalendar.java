package fr.cnfpt.inet.stages.calendar.official;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cohort's published dates, all or some: schooling periods, internship periods and offer
 * deadlines. Dates it does not give are projected. The 2026-2027 brochure's calendar is built in
 * ({@link OfficialCalendars#builtIn()}); a user supplies another as JSON, read and checked by
 * {@link OfficialCalendarReader}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OfficialCalendar {

    private final CohortYear cohort;
    private final Map<Corps, DateRange> schooling;
    private final Map<Corps, Map<InternshipType, OfficialDates>> dates;

    OfficialCalendar(CohortYear cohort, Map<Corps, DateRange> schooling, Map<Corps, Map<InternshipType, OfficialDates>> dates) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        Map<Corps, DateRange> schoolingCopy = new EnumMap<>(Corps.class);
        schoolingCopy.putAll(schooling);
        this.schooling = Collections.unmodifiableMap(schoolingCopy);
        Map<Corps, Map<InternshipType, OfficialDates>> copy = new EnumMap<>(Corps.class);
        dates.forEach((corps, byType) -> {
            Map<InternshipType, OfficialDates> typed = new EnumMap<>(InternshipType.class);
            typed.putAll(byType);
            copy.put(corps, Collections.unmodifiableMap(typed));
        });
        this.dates = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns a calendar of a cohort that gives no date: every schedule taken from it is projected
     * from the edition's rules, as for a cohort whose calendar is not published yet.
     *
     * @param cohort  the cohort, not null
     * @return the calendar without dates, not null
     */
    public static OfficialCalendar empty(CohortYear cohort) {
        return new OfficialCalendar(cohort, Map.of(), Map.of());
    }

    /** @return the cohort these dates are for, not null */
    public CohortYear cohort() {
        return cohort;
    }

    /**
     * Returns a corps' published schooling period.
     *
     * @param corps  the corps, not null
     * @return the period, or empty if not published
     */
    public Optional<DateRange> schooling(Corps corps) {
        return Optional.ofNullable(schooling.get(Objects.requireNonNull(corps, "corps")));
    }

    /**
     * Returns an internship's published dates.
     *
     * @param corps  the corps, not null
     * @param type  the internship type, not null
     * @return the dates, or empty if not published
     */
    public Optional<OfficialDates> dates(Corps corps, InternshipType type) {
        Objects.requireNonNull(type, "type");
        return Optional.ofNullable(dates.getOrDefault(Objects.requireNonNull(corps, "corps"), Map.of()).get(type));
    }
}
