package fr.cnfpt.inet.stages.cli.schedule;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.ics.IcsExport;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The iCalendar form of a schedule. The DTSTAMP is fixed to the first day of the cohort's schooling
 * year, so that the same input always gives the same file (calendar clients accept it; the UIDs
 * are stable too).
 */
public final class ScheduleIcs {

    private ScheduleIcs() {
    }

    static String of(CohortSchedule schedule, Set<Corps> corps, Edition edition, Language language) {
        Instant stamp = LocalDate.of(schedule.cohort().year() - 1, 9, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return IcsExport.of(schedule, corps, edition, language, stamp);
    }
}
