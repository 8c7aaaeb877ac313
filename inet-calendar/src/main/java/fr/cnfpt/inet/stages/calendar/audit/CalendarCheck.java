package fr.cnfpt.inet.stages.calendar.audit;

import fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem;
import fr.cnfpt.inet.stages.domain.rule.ProblemDefinition;
import java.util.Objects;

/**
 * The definition of the audit's finding on a cohort's dates: one of the checks a calendar file's
 * dates go through ({@link CalendarFileProblem#scheduleChecks()}), with that problem's own code,
 * severity and texts, so that each check has one definition whether the dates come from a file or
 * from the audited schedule.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param check  the calendar file's problem, one of its schedule checks, not null
 */
public record CalendarCheck(CalendarFileProblem check) implements AuditCode {

    /**
     * Creates the definition of a finding on a cohort's dates.
     *
     * @param check  the calendar file's problem, one of {@link CalendarFileProblem#scheduleChecks()}
     * @throws IllegalArgumentException if the problem is not a check of the dates
     */
    public CalendarCheck {
        Objects.requireNonNull(check, "check");
        if (!CalendarFileProblem.scheduleChecks().contains(check)) {
            throw new IllegalArgumentException(check + " is a problem of a file's shape, not a check of its dates");
        }
    }

    /**
     * Obtains the definition of a finding on a cohort's dates.
     *
     * @param check  the calendar file's problem, one of {@link CalendarFileProblem#scheduleChecks()}
     * @return the definition, not null
     * @throws IllegalArgumentException if the problem is not a check of the dates
     */
    public static CalendarCheck of(CalendarFileProblem check) {
        return new CalendarCheck(check);
    }

    @Override
    public ProblemDefinition definition() {
        return check.definition();
    }
}
