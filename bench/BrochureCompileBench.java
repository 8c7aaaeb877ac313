package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.editions.Editions;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import java.io.FileOutputStream;
import java.io.OutputStream;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * What precompiling the template saves: in a fresh JVM, the French brochure 2026-2027 written with
 * the template compiled at run time from its {@code .jrxml} ({@code BrochureCompileBench JRXML OUT}),
 * the way this project does not ship it, or, for a like-for-like comparison, with the template
 * compiled at build time ({@code BrochureCompileBench - OUT}): the same code path either way,
 * without the command line's own start-up. Needs {@code jasperreports-jdt} on the class path to
 * compile; lives in the plugin's package to reach its package-private entry point. Run by
 * {@code bench/brochure.sh}.
 */
public final class BrochureCompileBench {

    private BrochureCompileBench() {
    }

    public static void main(String[] args) throws Exception {
        // As the inet command does first (Inet.main): JasperReports' logging goes to commons-logging's
        // own no-op log, not through the Log4j API to SLF4J's no-op binding (about 100 classes).
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        JasperReport template = args[0].equals("-") ? BrochurePlugin.template()
                : JasperCompileManager.compileReport(args[0]);
        ReportRequest request = ReportRequest.of(Editions.current(), Schedules.of(Editions.current()))
                .withCohort(CohortYear.of(2026)).withFormat(ReportFormat.PDF);
        try (OutputStream out = new FileOutputStream(args[1])) {
            new BrochurePlugin().render(request, out, template);
        }
    }
}
