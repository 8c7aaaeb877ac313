package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.calendar.official.OfficialCalendar;
import fr.cnfpt.inet.stages.calendar.official.OfficialCalendars;
import fr.cnfpt.inet.stages.calendar.official.OfficialDates;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.CorpsProfile;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the dated schedules of a cohort: the official dates where a calendar publishes them, and
 * dates projected from the reference calendar (the 2026-2027 brochure's) elsewhere.
 * <pre>{@code
 * CohortSchedule schedule = Schedules.of(Editions.current()).forCohort(CohortYear.of(2027));
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class Schedules {

    private final Edition edition;
    private final OfficialCalendar reference;
    private final PublicHolidays holidays;
    private final Map<CohortYear, OfficialCalendar> officials;

    private Schedules(Edition edition, OfficialCalendar reference, PublicHolidays holidays,
            Map<CohortYear, OfficialCalendar> officials) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.officials = Map.copyOf(officials);
    }

    /**
     * Obtains the schedules of an edition with the built-in official calendar and the public holidays
     * of mainland France.
     *
     * @param edition  the edition whose internships are scheduled, not null
     * @return the schedules, not null
     */
    public static Schedules of(Edition edition) {
        OfficialCalendar builtIn = OfficialCalendars.builtIn();
        return new Schedules(edition, builtIn, PublicHolidays.metropolitanFrance(), Map.of(builtIn.cohort(), builtIn));
    }

    /**
     * Returns these schedules with a cohort's official calendar, which overrides the projection (and
     * any built-in calendar of the same cohort) for the dates it gives.
     *
     * @param calendar  the calendar, not null
     * @return the schedules, not null
     */
    public Schedules withOfficial(OfficialCalendar calendar) {
        Map<CohortYear, OfficialCalendar> copy = new HashMap<>(officials);
        copy.put(calendar.cohort(), calendar);
        return new Schedules(edition, reference, holidays, copy);
    }

    /**
     * Returns these schedules computed with other public holidays, such as those of a host in
     * Alsace-Moselle. Official dates stay as published.
     *
     * @param holidays  the holidays, not null
     * @return the schedules, not null
     */
    public Schedules withHolidays(PublicHolidays holidays) {
        return new Schedules(edition, reference, holidays, officials);
    }

    /** @return the public holidays the projection avoids, not null */
    public PublicHolidays holidays() {
        return holidays;
    }

    /**
     * Returns a cohort's official calendar, if one is known.
     *
     * @param cohort  the cohort, not null
     * @return the calendar, or empty if its dates are projected
     */
    public Optional<OfficialCalendar> official(CohortYear cohort) {
        return Optional.ofNullable(officials.get(Objects.requireNonNull(cohort, "cohort")));
    }

    /**
     * Computes a cohort's schedules.
     *
     * @param cohort  the cohort, not null
     * @return the schedules of every corps, not null
     * @throws IllegalStateException if an internship has neither official nor reference dates
     */
    public CohortSchedule forCohort(CohortYear cohort) {
        Objects.requireNonNull(cohort, "cohort");
        Optional<OfficialCalendar> official = official(cohort);
        Projection projection = new Projection(reference.cohort(), holidays);
        List<CorpsSchedule> schedules = new ArrayList<>();
        for (CorpsProfile profile : edition.profiles()) {
            if (!profile.isPlacedByInet()) {
                schedules.add(new CorpsSchedule(profile.corps(), profile.placedBy(), null, List.of()));
                continue;
            }
            DateRange schooling = official.flatMap(o -> o.schooling(profile.corps()))
                    .orElseGet(() -> projection.schooling(reference.schooling(profile.corps()).orElseThrow(
                            () -> missing(profile.corps() + " schooling")), cohort));
            List<ScheduledInternship> internships = new ArrayList<>();
            for (Internship internship : edition.catalogue().internshipsOf(profile.corps())) {
                internships.add(official.flatMap(o -> o.dates(profile.corps(), internship.type()))
                        .map(dates -> scheduled(internship, dates, DateSource.OFFICIAL))
                        .orElseGet(() -> projected(internship, projection, cohort, schooling)));
            }
            schedules.add(new CorpsSchedule(profile.corps(), profile.placedBy(), schooling, internships));
        }
        return new CohortSchedule(cohort, schedules);
    }

    private ScheduledInternship projected(Internship internship, Projection projection, CohortYear cohort,
            DateRange schooling) {
        OfficialDates dates = reference.dates(internship.corps(), internship.type())
                .orElseThrow(() -> missing(internship.type() + " for " + internship.corps()));
        OfficialDates projected = OfficialDates.of(projection.period(dates.period(), cohort, schooling), List.of(),
                dates.offerDeadline().map(d -> projection.deadline(d, cohort)).orElse(null));
        return scheduled(internship, projected.withComputedVariants(internship, holidays), DateSource.PROJECTED);
    }

    private static ScheduledInternship scheduled(Internship internship, OfficialDates dates, DateSource source) {
        return new ScheduledInternship(internship.type(), internship.corps(), internship.rank(), internship.weeks(),
                dates.period(), dates.variants(), dates.offerDeadline().orElse(null), source);
    }

    private IllegalStateException missing(String what) {
        return new IllegalStateException("the reference calendar " + reference.cohort().schoolingYears()
                + " has no dates for " + what + " to project from");
    }
}
