package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.planning.summary.PlanSummary;
import fr.cnfpt.inet.stages.reporting.spi.ReportFamily;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportInput;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.statistics.PlanTables;
import fr.cnfpt.inet.stages.reporting.tables.TableDocument;
import fr.cnfpt.inet.stages.reporting.tables.TablesJson;
import fr.cnfpt.inet.stages.reporting.tables.TablesXlsx;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plan report ({@link ReportFamily#PLAN}): what a placement plan gives the trainees, overall and per
 * corps, the teams against their bound and the offers left free ({@link PlanTables}), laid out as the
 * statistics are (the same PDF/A-2b template, XLSX and JSON writers, accessible HTML page), with the
 * same privacy threshold. Found with {@link java.util.ServiceLoader}; stateless and thread-safe.
 */
public final class PlanReportPlugin implements ReportPlugin {

    /** The formats, in the order {@code inet plan --report all} writes them. */
    private static final Set<ReportFormat> FORMATS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.JSON, ReportFormat.HTML)));
    private static final LocalizedText TITLE = LocalizedText.of("Plan d'affectation", "Placement plan");

    /** Creates the plugin; found with {@link java.util.ServiceLoader}. */
    public PlanReportPlugin() {
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public LocalizedText title() {
        return TITLE;
    }

    @Override
    public Set<ReportFormat> formats() {
        return FORMATS;
    }

    @Override
    public Set<ReportInput> inputs() {
        return EnumSet.of(ReportInput.EDITION, ReportInput.PLAN);
    }

    @Override
    public ReportFamily family() {
        return ReportFamily.PLAN;
    }

    /**
     * Builds the report's document: what every format writes.
     *
     * @param request  the request, with a plan, not null
     * @return the document, not null
     * @throws IllegalArgumentException if the request has no plan
     */
    public TableDocument document(ReportRequest request) {
        requireSupported(request);
        PlanSummary plan = request.plan().orElseThrow();
        LocalizedText type = request.edition().catalogue().definition(plan.type()).map(d -> d.name())
                .orElse(LocalizedText.of(plan.type().code(), plan.type().code()));
        LocalizedText title = LocalizedText.of(TITLE.fr() + " – " + type.fr(), TITLE.en() + " – " + type.en());
        return new TableDocument(id(), title, plan.cohort(), request.language(),
                PlanTables.of(plan, request.edition(), request.minCount()), List.of());
    }

    /**
     * The document a reader sees (PDF, HTML): without the table of the offers left free when it is empty,
     * which the note of the offers' table then states; the data formats keep every table.
     */
    private static TableDocument forReading(TableDocument document) {
        return new TableDocument(document.report(), document.title(), document.cohort(), document.language(),
                document.tables().stream().filter(table -> !(table.id().equals(PlanTables.OFFERS_LEFT_FREE)
                        && table.rows().isEmpty())).toList(), document.notes());
    }

    @Override
    public void render(ReportRequest request, OutputStream out) throws IOException {
        TableDocument document = document(request);
        switch (request.format()) {
            case JSON -> TablesJson.write(document, out);
            case XLSX -> TablesXlsx.write(document, request.minCount(), out);
            case PDF -> StatisticsPdf.pdf(forReading(document), List.of(), request.minCount(), out);
            case HTML -> StatisticsHtml.write(forReading(document), List.of(), request.minCount(), out);
            default -> throw new IllegalArgumentException("the '" + id() + "' report is not written as "
                    + request.format().extension());
        }
    }

}
