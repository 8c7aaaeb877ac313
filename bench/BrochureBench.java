import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The brochure in a warm JVM, as an embedding application generates it repeatedly: the French PDF
 * of 2026-2027, {@code RUNS} times (default 30) in one process; prints the first and the median of
 * the last twenty. Run with the shaded jar on the class path.
 */
public class BrochureBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ReportPlugin brochure = ReportRegistry.load().byId("brochure").orElseThrow();
        ReportRequest request = ReportRequest.of(Editions.current(), Schedules.of(Editions.current()))
                .withCohort(CohortYear.of(2026)).withFormat(ReportFormat.PDF);
        long[] millis = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            brochure.render(request, out);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            size = out.size();
        }
        long[] last = Arrays.copyOfRange(millis, Math.max(0, runs - 20), runs);
        Arrays.sort(last);
        System.out.printf("brochure PDF (%d bytes): first %d ms in this JVM, warm median %d ms (last %d of %d runs)%n",
                size, millis[0], last[last.length / 2], last.length, runs);
    }
}
