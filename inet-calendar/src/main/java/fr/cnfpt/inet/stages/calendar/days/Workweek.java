package fr.cnfpt.inet.stages.calendar.days;

import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.Supervisor;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;

/**
 * The days a host works. Most hosts work Monday to Friday; libraries and other public-facing hosts
 * may work Tuesday to Saturday: the brochure's "du 30 ou 31 mars au 17 ou 18 avril 2026" is the
 * same three weeks in each.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum Workweek {
    /** Monday to Friday, the default. */
    MONDAY_TO_FRIDAY(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
    /** Tuesday to Saturday, for libraries and other hosts open on Saturdays. */
    TUESDAY_TO_SATURDAY(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);

    private final DayOfWeek first;
    private final DayOfWeek last;

    Workweek(DayOfWeek first, DayOfWeek last) {
        this.first = first;
        this.last = last;
    }

    /** @return the first working day of the week, not null */
    public DayOfWeek firstDay() {
        return first;
    }

    /** @return the last working day of the week, not null */
    public DayOfWeek lastDay() {
        return last;
    }

    /**
     * Returns the workweeks of the hosts an internship may have: Monday to Friday for every
     * internship, and Tuesday to Saturday too for one whose trainee is placed with the head of a
     * library (the library curators' observation: "3 semaines du 30 ou 31 mars au 17 ou 18 avril
     * 2026"), since libraries often open Tuesday to Saturday. The brochure gives one period for every
     * other internship, which takes place in a local authority's management or in other structures.
     *
     * @param internship  the internship, not null
     * @return the workweeks, the default (Monday to Friday) first, not null
     */
    public static List<Workweek> forHostsOf(Internship internship) {
        Objects.requireNonNull(internship, "internship");
        return internship.arrangements().placedWith().filter(s -> s == Supervisor.DIRECTEUR_ETABLISSEMENT).isPresent()
                ? List.of(MONDAY_TO_FRIDAY, TUESDAY_TO_SATURDAY) : List.of(MONDAY_TO_FRIDAY);
    }

    /**
     * Checks whether a day of the week is worked.
     *
     * @param day  the day, not null
     * @return true if hosts with this workweek work on that day
     */
    public boolean contains(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return day.getValue() >= first.getValue() && day.getValue() <= last.getValue();
    }
}
