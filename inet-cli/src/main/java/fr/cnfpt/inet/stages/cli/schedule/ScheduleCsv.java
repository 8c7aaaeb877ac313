package fr.cnfpt.inet.stages.cli.schedule;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.CorpsSchedule;
import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import java.util.Set;

/**
 * Writes a cohort's schedules as CSV (RFC 4180, UTF-8, comma): one row per internship and
 * workweek, plus one row per schooling. Every cell is a code, a number or an ISO date, so no cell
 * can start a spreadsheet formula.
 */
public final class ScheduleCsv {

    static final String HEADER = "cohort,corps,item,rank,weeks,workweek,start,end,offerDeadline,source";

    private ScheduleCsv() {
    }

    static String of(CohortSchedule schedule, Set<Corps> corps) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (CorpsSchedule s : schedule.schedules()) {
            if (!corps.contains(s.corps())) {
                continue;
            }
            s.schooling().ifPresent(p -> csv.append(String.join(",", schedule.cohort().toString(), s.corps().code(),
                    "SCOLARITE", "", "", "", p.firstDay().toString(), p.lastDay().toString(), "", "")).append("\r\n"));
            for (ScheduledInternship i : s.internships()) {
                for (WorkweekPeriod p : i.allPeriods()) {
                    csv.append(String.join(",", schedule.cohort().toString(), s.corps().code(), i.type().code(),
                            Integer.toString(i.rank()), Integer.toString(i.weeks().value()), p.workweek().name(),
                            p.period().firstDay().toString(), p.period().lastDay().toString(),
                            i.offerDeadline().map(Object::toString).orElse(""), i.source().name())).append("\r\n");
                }
            }
        }
        return csv.toString();
    }
}
