package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.spi.ReportFamily;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.statistics.Source;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import fr.cnfpt.inet.stages.reporting.statistics.Statistics;
import fr.cnfpt.inet.stages.reporting.tables.TableDocument;
import fr.cnfpt.inet.stages.reporting.tables.TablesCsv;
import fr.cnfpt.inet.stages.reporting.tables.TablesJson;
import fr.cnfpt.inet.stages.reporting.tables.TablesXlsx;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the statistics reports share: their formats (PDF, HTML, XLSX, CSV, JSON), the cohort they
 * are about (the request's, else the latest in the dataset), the note on rows left out at import,
 * and the writing of each format. Stateless and thread-safe.
 */
abstract class AbstractStatisticsPlugin implements ReportPlugin {

    /** The formats, in the order {@code inet stats} lists and writes them. */
    private static final Set<ReportFormat> FORMATS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.JSON, ReportFormat.HTML)));

    @Override
    public Set<ReportFormat> formats() {
        return FORMATS;
    }

    @Override
    public ReportFamily family() {
        return ReportFamily.STATISTICS;
    }

    /** @return the tables of the report */
    abstract List<StatTable> tables(Statistics statistics, CohortYear cohort, int minCount);

    /** @return the charts the PDF draws, by table */
    abstract List<ChartSpec> charts();

    /** @return the kinds of records the report counts, for the note on rows left out */
    abstract List<Source> sources();

    /**
     * Builds the report's document: what every format writes.
     *
     * @param request  the request, with statistics, not null
     * @return the document, not null
     * @throws IllegalArgumentException if the request has no statistics or they hold no record
     */
    public TableDocument document(ReportRequest request) {
        requireSupported(request);
        Statistics statistics = request.statistics().orElseThrow();
        CohortYear cohort = request.cohort().or(statistics::latestCohort).orElseThrow(
                () -> new IllegalArgumentException("the dataset holds no record to report on"));
        List<LocalizedText> notes = new ArrayList<>();
        for (Source source : sources()) {
            long leftOut = statistics.rowsLeftOut(source);
            if (leftOut > 0) {
                notes.add(LocalizedText.of(leftOut + " ligne(s) " + of(source.label().fr())
                        + " rejetée(s) à l'import ne sont pas comptées (voir les problèmes relevés à l'import).",
                        leftOut + " row(s) of " + source.label().en()
                                + " rejected at import are not counted (see the problems found at import)."));
            }
            long notRead = statistics.linesNotRead(source);
            if (notRead > 0) {
                notes.add(LocalizedText.of(notRead + " ligne(s) du fichier " + of(source.label().fr())
                        + " n'ont pas pu être lues et ne sont pas comptées (voir les problèmes relevés à l'import).",
                        notRead + " line(s) of the " + source.label().en() + " file could not be read and are not"
                                + " counted (see the problems found at import)."));
            }
        }
        return new TableDocument(id(), title(), cohort, request.language(),
                tables(statistics, cohort, request.minCount()), notes);
    }

    /** "de" before a French noun, elided before a vowel: "d'offres", "d'élèves". */
    private static String of(String noun) {
        return "aeiouyàâéèêëîïôûAEIOUYÉ".indexOf(noun.charAt(0)) >= 0 ? "d'" + noun : "de " + noun;
    }

    @Override
    public void render(ReportRequest request, OutputStream out) throws IOException {
        TableDocument document = document(request);
        switch (request.format()) {
            case JSON -> TablesJson.write(document, out);
            case CSV -> TablesCsv.write(document, request.minCount(), out);
            case XLSX -> TablesXlsx.write(document, request.minCount(), out);
            case PDF -> StatisticsPdf.pdf(document, charts(), request.minCount(), out);
            case HTML -> StatisticsHtml.write(document, charts(), request.minCount(), out);
            default -> throw new IllegalArgumentException("the '" + id() + "' report is not written as "
                    + request.format().extension());
        }
    }
}
