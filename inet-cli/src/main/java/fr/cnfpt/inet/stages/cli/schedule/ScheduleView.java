package fr.cnfpt.inet.stages.cli.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.CorpsSchedule;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The JSON view of {@code inet schedule}: fields may be added, none renamed. It is also the format
 * of an official calendar file, so a schedule written here can be edited and read back with
 * {@code --calendar}.
 *
 * @param cohort  the cohort's year
 * @param edition  the schooling years, such as "2026-2027"
 * @param schedules  one per corps
 */
public record ScheduleView(int cohort, String edition, List<CorpsView> schedules) {

    /**
     * One corps.
     *
     * @param corps  the corps code
     * @param managedBy  INET or INP
     * @param schooling  the schooling period, absent for a corps INET does not place
     * @param stages  the internships, in schooling order
     */
    record CorpsView(String corps, String managedBy, @JsonInclude(JsonInclude.Include.NON_NULL) Period schooling,
            List<StageView> stages) {
    }

    /**
     * A period.
     *
     * @param start  the first day
     * @param end  the last day
     */
    record Period(LocalDate start, LocalDate end) {
    }

    /**
     * One internship.
     *
     * @param type  the type code
     * @param weeks  the declared weeks
     * @param workweek  the workweek of start and end
     * @param start  the first working day
     * @param end  the last working day
     * @param offerDeadline  the offer deadline, null where none is known
     * @param variants  the same internship for hosts of other workweeks
     * @param source  OFFICIAL or PROJECTED
     */
    record StageView(String type, int weeks, String workweek, LocalDate start, LocalDate end, LocalDate offerDeadline,
            List<Variant> variants, String source) {
    }

    /**
     * The period for another workweek.
     *
     * @param workweek  the workweek
     * @param start  the first working day
     * @param end  the last working day
     */
    record Variant(String workweek, LocalDate start, LocalDate end) {
    }

    static ScheduleView of(CohortSchedule schedule, Set<Corps> corps) {
        return new ScheduleView(schedule.cohort().year(), schedule.cohort().schoolingYears(), schedule.schedules().stream()
                .filter(s -> corps.contains(s.corps())).map(ScheduleView::corps).toList());
    }

    private static CorpsView corps(CorpsSchedule schedule) {
        return new CorpsView(schedule.corps().code(), schedule.placedBy().name(),
                schedule.schooling().map(s -> new Period(s.firstDay(), s.lastDay())).orElse(null),
                schedule.internships().stream().map(ScheduleView::stage).toList());
    }

    private static StageView stage(ScheduledInternship i) {
        return new StageView(i.type().code(), i.weeks().value(), i.defaultPeriod().workweek().name(), i.period().firstDay(),
                i.period().lastDay(), i.offerDeadline().orElse(null),
                i.variants().stream().map(v -> new Variant(v.workweek().name(), v.period().firstDay(), v.period().lastDay()))
                        .toList(), i.source().name());
    }
}
