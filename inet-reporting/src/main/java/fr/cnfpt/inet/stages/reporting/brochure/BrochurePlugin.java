package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.spi.ReportFamily;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportInput;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * The yearly brochure "Accueillir un ou une élève en stage", for any cohort, in French or English:
 * a print-ready PDF that is tagged (PDF/UA-1) and archival (PDF/A-2a), or the same document as one
 * self-contained web page. Its texts come from the edition, its dates from the cohort's calendar
 * (official, or projected, which the cover and every page's footer then say).
 * <p>
 * The brochure is one semantic HTML document ({@code BrochureDocument}) styled for print and
 * screens; openhtmltopdf lays it out as the PDF. It is not written as DOCX (see docs/brochure.md).
 * This class is stateless and thread-safe.
 */
public final class BrochurePlugin implements ReportPlugin {

    /** Creates the plugin; found with {@link java.util.ServiceLoader}. */
    public BrochurePlugin() {
    }

    @Override
    public String id() {
        return "brochure";
    }

    @Override
    public LocalizedText title() {
        return LocalizedText.of("Brochure « Accueillir un ou une élève en stage »",
                "Brochure \"Hosting an INET trainee\"");
    }

    @Override
    public Set<ReportFormat> formats() {
        return EnumSet.of(ReportFormat.PDF, ReportFormat.HTML);
    }

    @Override
    public Set<ReportInput> inputs() {
        return EnumSet.of(ReportInput.EDITION, ReportInput.COHORT);
    }

    @Override
    public ReportFamily family() {
        return ReportFamily.BROCHURE;
    }

    @Override
    public void render(ReportRequest request, OutputStream out) throws IOException {
        requireSupported(request);
        if (request.format() == ReportFormat.PDF) {
            BrochurePdf.write(html(request, true), request.language().locale(), out);
        } else {
            out.write(html(request, false).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Writes the brochure's HTML for a request.
     *
     * @param request  the edition, cohort and language
     * @param forPdf  true for the markup the PDF is laid out from, false for the web page
     * @return the document, not null
     */
    static String html(ReportRequest request, boolean forPdf) {
        CohortSchedule schedule = request.schedules().forCohort(request.cohort().orElseThrow());
        return BrochureDocument.html(new Facts(request.edition(), schedule, request.language()), forPdf);
    }
}
