import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;

/**
 * Measures the schedules of every corps for every cohort 2020 to 2040 in one process: the first
 * computation in a fresh JVM (class loading, the built-in calendar, holiday tables) and the median
 * of repeated computations once warm. Run with bench/calendar.sh.
 */
public class CalendarBench {

    public static void main(String[] args) {
        long start = System.nanoTime();
        int internships = computeAll();
        long first = System.nanoTime() - start;
        long[] runs = new long[25];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            computeAll();
            runs[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(runs);
        System.out.printf("cohorts 2020-2040, all corps: %d internships scheduled%n", internships);
        System.out.printf("first computation in a fresh JVM: %.1f ms%n", first / 1e6);
        System.out.printf("warm computation, median of %d: %.2f ms (min %.2f, max %.2f)%n", runs.length,
                runs[runs.length / 2] / 1e6, runs[0] / 1e6, runs[runs.length - 1] / 1e6);
    }

    private static int computeAll() {
        Schedules schedules = Schedules.of(Editions.current());
        int count = 0;
        for (int year = 2020; year <= 2040; year++) {
            CohortSchedule schedule = schedules.forCohort(CohortYear.of(year));
            count += (int) schedule.internships().count();
        }
        return count;
    }
}
