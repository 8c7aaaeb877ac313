import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.importer.run.ImportFile;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.planning.Plan;
import fr.cnfpt.inet.stages.planning.Planner;
import fr.cnfpt.inet.stages.planning.PlanningProblem;
import fr.cnfpt.inet.stages.planning.run.PlanningInputs;
import fr.cnfpt.inet.stages.planning.run.PlanningRecords;
import fr.cnfpt.inet.stages.planning.run.PlanningRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The planner alone, in process, with the shaded jar on the class path:
 * {@code PlanBench TYPE DIR OFFERS TRAINEES WISHES [PLACEMENTS...] [--warm N]} reads the CSV files of DIR with the
 * library's planning run ({@link PlanningRun}, the import run {@code inet plan} uses, every rule checked), makes
 * the problem as {@code inet plan} does ({@link PlanningRecords#setUp}: the eligible trainees of cohort 2026, the
 * offers of the type, their wishes, the hosts of every earlier placement as history), then times
 * with {@link System#nanoTime()}: {@code build()} and the first {@link Planner#plan} call (cold: class loading and
 * JIT included, what one {@code inet plan} process pays), then N more of each (warm: the planner's own work),
 * each in wall time and in the calling thread's CPU time (ThreadMXBean: on a shared machine, wall time also counts
 * the waits for a core; CPU time leaves out the JIT compiler's and the collector's threads), and prints the plan's
 * measures.
 */
public class PlanBench {

    public static void main(String[] args) throws Exception {
        InternshipType type = InternshipType.valueOf(args[0]);
        Path dir = Path.of(args[1]);
        int warm = 5;
        List<String> files = new ArrayList<>(Arrays.asList(args).subList(2, args.length));
        int at = files.indexOf("--warm");
        if (at >= 0) {
            warm = Integer.parseInt(files.get(at + 1));
            files.subList(at, at + 2).clear();
        }
        long editionStart = System.nanoTime();
        Edition edition = Editions.current();
        double editionLoad = seconds(editionStart);
        CohortYear cohort = CohortYear.of(2026);
        List<ImportFile> inputs = new ArrayList<>(List.of(ImportFile.of(dir.resolve(files.get(0)), RecordKind.OFFERS),
                ImportFile.of(dir.resolve(files.get(1)), RecordKind.TRAINEES),
                ImportFile.of(dir.resolve(files.get(2)), RecordKind.WISHES)));
        files.subList(3, files.size()).forEach(f -> inputs.add(ImportFile.of(dir.resolve(f), RecordKind.PLACEMENTS)));
        long readStart = System.nanoTime();
        PlanningRecords records = PlanningRun.of(edition, Schedules.of(edition)).read(PlanningInputs.of(inputs));
        if (records.imported().rejected() > 0) {
            throw new IllegalStateException("rejected rows in the benchmark's files: " + records.imported().rejected());
        }
        double read = seconds(readStart);
        long[] cpu = new long[1];
        double build = timed(cpu, () -> records.setUp(cohort, type).problem());
        double buildCpu = cpu[0] / 1e9;
        PlanningProblem problem = records.setUp(cohort, type).problem();
        Plan[] plan = new Plan[1];
        double cold = timed(cpu, () -> plan[0] = Planner.plan(problem));
        double coldCpu = cpu[0] / 1e9;
        double[] warmBuilds = new double[warm];
        double[] warmPlans = new double[warm];
        double[] warmPlansCpu = new double[warm];
        for (int i = 0; i < warm; i++) {
            warmBuilds[i] = timed(cpu, () -> records.setUp(cohort, type).problem());
            Plan[] again = new Plan[1];
            warmPlans[i] = timed(cpu, () -> again[0] = Planner.plan(problem));
            warmPlansCpu[i] = cpu[0] / 1e9;
            if (!again[0].equals(plan[0])) {
                throw new IllegalStateException("the planner gave another plan on the same problem");
            }
        }
        System.out.printf("%s, %d trainees, %d offers, %d wishes, %d earlier placements; read %.2f s (the planning run,"
                + " every rule), edition %.3f s%n", type, problem.trainees().size(), problem.offers().size(),
                records.wishes().size(), records.history().size(), read, editionLoad);
        System.out.printf("  first build %.3f s wall (%.3f s CPU), first plan %.3f s wall (%.3f s CPU);"
                + " warm (median of %d): build %.3f s, plan %.3f s wall (%.3f s CPU), plan min %.3f max %.3f;"
                + " %d placed, %d within wishes, %d unplaced%n", build, buildCpu, cold, coldCpu, warm,
                median(warmBuilds), median(warmPlans), median(warmPlansCpu), min(warmPlans), max(warmPlans),
                plan[0].measures().placed(), plan[0].measures().withinWishes(), plan[0].measures().unplaced());
    }

    /** Runs the action, returns its wall time in seconds and puts the calling thread's CPU time (ns) in cpu[0]. */
    private static double timed(long[] cpu, Runnable action) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        action.run();
        double wall = seconds(start);
        cpu[0] = threads.getCurrentThreadCpuTime() - cpuStart;
        return wall;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
