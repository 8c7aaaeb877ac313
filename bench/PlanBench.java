import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.csv.CsvImporter;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.planning.Plan;
import fr.cnfpt.inet.stages.planning.Planner;
import fr.cnfpt.inet.stages.planning.PlanningProblem;
import fr.cnfpt.inet.stages.planning.TraineeHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The planner alone, in process, with the shaded jar on the class path:
 * {@code PlanBench TYPE DIR OFFERS TRAINEES WISHES [PLACEMENTS...] [--warm N]} reads the CSV files of DIR with the
 * library's CSV importer (no rule checked), makes the problem as {@code inet plan} does (the eligible trainees of
 * cohort 2026, the offers of the type, their wishes, the hosts of every earlier placement as history), then times
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
        List<Offer> offers = new ArrayList<>();
        List<Trainee> trainees = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        List<Wish> wishes = new ArrayList<>();
        RowSink sink = new RowSink() {
            @Override
            public void offer(long line, Offer offer) {
                offers.add(offer);
            }

            @Override
            public void trainee(long line, Trainee trainee) {
                trainees.add(trainee);
            }

            @Override
            public void placement(long line, Placement placement) {
                placements.add(placement);
            }

            @Override
            public void wish(long line, Wish wish) {
                wishes.add(wish);
            }

            @Override
            public void problem(Problem problem) {
            }

            @Override
            public void rejected(long line) {
                throw new IllegalStateException("a rejected row in the benchmark's files, line " + line);
            }
        };
        long readStart = System.nanoTime();
        read(dir.resolve(files.get(0)), RecordKind.OFFERS, sink);
        read(dir.resolve(files.get(1)), RecordKind.TRAINEES, sink);
        read(dir.resolve(files.get(2)), RecordKind.WISHES, sink);
        for (String placementsFile : files.subList(3, files.size())) {
            read(dir.resolve(placementsFile), RecordKind.PLACEMENTS, sink);
        }
        double read = seconds(readStart);

        long editionStart = System.nanoTime();
        Edition edition = Editions.current();
        double editionLoad = seconds(editionStart);
        CohortYear cohort = CohortYear.of(2026);
        long[] cpu = new long[1];
        double build = timed(cpu, () -> problem(edition, cohort, type, offers, trainees, placements, wishes));
        double buildCpu = cpu[0] / 1e9;
        PlanningProblem problem = problem(edition, cohort, type, offers, trainees, placements, wishes);
        Plan[] plan = new Plan[1];
        double cold = timed(cpu, () -> plan[0] = Planner.plan(problem));
        double coldCpu = cpu[0] / 1e9;
        double[] warmBuilds = new double[warm];
        double[] warmPlans = new double[warm];
        double[] warmPlansCpu = new double[warm];
        for (int i = 0; i < warm; i++) {
            warmBuilds[i] = timed(cpu, () -> problem(edition, cohort, type, offers, trainees, placements, wishes));
            Plan[] again = new Plan[1];
            warmPlans[i] = timed(cpu, () -> again[0] = Planner.plan(problem));
            warmPlansCpu[i] = cpu[0] / 1e9;
            if (!again[0].equals(plan[0])) {
                throw new IllegalStateException("the planner gave another plan on the same problem");
            }
        }
        System.out.printf("%s, %d trainees, %d offers, %d wishes, %d earlier placements; read %.2f s (CSV importer,"
                + " no rule), edition %.3f s%n", type, problem.trainees().size(), problem.offers().size(),
                wishes.size(), placements.size(), read, editionLoad);
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

    private static void read(Path file, RecordKind kind, RowSink sink) throws Exception {
        new CsvImporter().read(ImportRequest.of(file.getFileName().toString(), () -> Files.newInputStream(file), kind),
                sink);
    }

    /** The problem inet plan makes (cli.planning.PlanningRecords.problem, which is not public). */
    private static PlanningProblem problem(Edition edition, CohortYear cohort, InternshipType type, List<Offer> offers,
            List<Trainee> trainees, List<Placement> placements, List<Wish> wishes) {
        List<Trainee> eligible = trainees.stream().filter(t -> t.cohort().equals(cohort)
                && edition.profile(t.corps()).isPlacedByInet() && edition.catalogue().isOpen(type, t.corps())).toList();
        Set<TraineeId> eligibleIds = eligible.stream().map(Trainee::id).collect(Collectors.toSet());
        List<Offer> planned = offers.stream().filter(o -> o.type() == type && o.cohort().equals(cohort)).toList();
        Set<OfferId> plannedIds = planned.stream().map(Offer::id).collect(Collectors.toSet());
        List<Wish> kept = wishes.stream()
                .filter(w -> eligibleIds.contains(w.trainee()) && plannedIds.contains(w.offer())).toList();
        Map<OfferId, Offer> byId = new HashMap<>();
        offers.forEach(o -> byId.put(o.id(), o));
        List<TraineeHost> history = placements.stream()
                .filter(p -> eligibleIds.contains(p.trainee()) && byId.containsKey(p.offer()))
                .map(p -> new TraineeHost(p.trainee(), byId.get(p.offer()).host().identity())).distinct().toList();
        return PlanningProblem.builder(edition, cohort, type).trainees(eligible).offers(planned).wishes(kept)
                .history(history).build();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
