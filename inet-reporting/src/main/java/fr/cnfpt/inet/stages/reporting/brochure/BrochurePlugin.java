package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportInput;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.internal.CompiledTemplates;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The yearly brochure "Accueillir un ou une élève en stage", for any cohort, in French or English,
 * as PDF, HTML or DOCX: from the edition's texts and the cohort's calendar (official dates, or
 * projected ones, which the cover then says).
 * <p>
 * The template is compiled at build time and read from this jar only. The report is laid out once;
 * the table of contents then gets each chapter's page from the layout ({@link ContentsPages}).
 * This class is stateless and thread-safe.
 */
public final class BrochurePlugin implements ReportPlugin {

    /** The compiled template, in this jar. */
    static final String TEMPLATE = "brochure.jasper";

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
        return EnumSet.of(ReportFormat.PDF, ReportFormat.HTML, ReportFormat.DOCX);
    }

    @Override
    public Set<ReportInput> inputs() {
        return EnumSet.of(ReportInput.EDITION, ReportInput.COHORT);
    }

    @Override
    public void render(ReportRequest request, OutputStream out) throws IOException {
        render(request, out, template());
    }

    /**
     * Writes the brochure with a given compiled template: the built-in one, or one compiled at run
     * time by the benchmark that measures what precompiling saves ({@code bench/brochure.sh}).
     */
    void render(ReportRequest request, OutputStream out, JasperReport template) throws IOException {
        requireSupported(request);
        JasperPrint print = layOut(request, template);
        BrochureExport.write(print, request, out);
    }

    /**
     * Lays the brochure out once, then writes each chapter's page into the table of contents: the
     * page numbers are right-aligned in a cell of fixed width, so writing them moves nothing.
     *
     * @param request  the cohort, language and edition, not null
     * @param template  the compiled template, not null
     * @return the laid-out pages, not null
     * @throws IOException if the template cannot be filled
     */
    static JasperPrint layOut(ReportRequest request, JasperReport template) throws IOException {
        CohortSchedule schedule = request.schedules().forCohort(request.cohort().orElseThrow());
        JasperPrint print = fill(template, request.edition(), schedule, request.language());
        ContentsPages.fillIn(print);
        return print;
    }

    private static JasperPrint fill(JasperReport template, Edition edition, CohortSchedule schedule, Language language)
            throws IOException {
        List<Block> blocks = BrochureContent.of(edition, schedule, language);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("INSTITUTE", "INET");
        parameters.put("YEARS", schedule.cohort().toString() + "-" + (schedule.cohort().year() + 1));
        parameters.put("TITLE", edition.title().in(language));
        parameters.put("QUESTIONS", String.join("\n", edition.coverQuestions().stream().map(q -> q.in(language))
                .toList()));
        parameters.put("PROJECTED", schedule.isProjected() ? Labels.PROJECTED_DATES.in(language) : null);
        parameters.put("FOOTER", "INET · " + edition.title().in(language) + " · " + schedule.cohort() + "-"
                + (schedule.cohort().year() + 1));
        parameters.put("PAGE_LABEL", Labels.PAGE.in(language));
        parameters.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, language.locale());
        try {
            return JasperFillManager.fillReport(template, parameters, new BlockDataSource(blocks));
        } catch (JRException e) {
            throw new IOException("the brochure cannot be laid out: " + e.getMessage(), e);
        }
    }

    /** @return the compiled template of this jar, read once */
    static JasperReport template() {
        return Template.REPORT;
    }

    /** The compiled template, read once from this jar. */
    private static final class Template {

        static final JasperReport REPORT = CompiledTemplates.load(BrochurePlugin.class, TEMPLATE);
    }
}
