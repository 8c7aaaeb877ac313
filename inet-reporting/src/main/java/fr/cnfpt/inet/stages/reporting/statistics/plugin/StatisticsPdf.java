package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.internal.ArchivalPdf;
import fr.cnfpt.inet.stages.reporting.internal.CompiledTemplates;
import fr.cnfpt.inet.stages.reporting.statistics.Code;
import fr.cnfpt.inet.stages.reporting.statistics.StatColumn;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import fr.cnfpt.inet.stages.reporting.tables.CellText;
import fr.cnfpt.inet.stages.reporting.tables.TableDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Lays a statistics report out with the {@code statistics.jasper} template of this jar and writes
 * it as PDF/A-2b (fonts embedded, sRGB output intent, title, language and bookmarks). The web page is {@link StatisticsHtml}'s.
 */
final class StatisticsPdf {

    static final String TEMPLATE = "statistics.jasper";
    private static final LocalizedText NO_DATA = LocalizedText.of("Aucune donnée pour cette promotion.",
            "No data for this cohort.");

    private StatisticsPdf() {
    }

    static void pdf(TableDocument document, List<ChartSpec> charts, int minCount, OutputStream out)
            throws IOException {
        JasperPrint print = layOut(document, charts, minCount);
        JRPdfExporter exporter = ArchivalPdf.exporter(document.language() == Language.FR ? "fr-FR" : "en-GB");
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(document.title().in(document.language()) + " " + years(document));
        configuration.setMetadataAuthor("INET - CNFPT");
        configuration.setMetadataCreator("inet-stages");
        configuration.setDisplayMetadataTitle(true);
        ArchivalPdf.configure(configuration);
        exporter.setConfiguration(configuration);
        export(() -> exporter.exportReport());
    }

    private interface Export {
        void run() throws JRException;
    }

    private static void export(Export export) throws IOException {
        try {
            export.run();
        } catch (JRException e) {
            throw new IOException("the report cannot be written: " + e.getMessage(), e);
        }
    }

    static JasperPrint layOut(TableDocument document, List<ChartSpec> charts, int minCount) throws IOException {
        Language language = document.language();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", document.title().in(language));
        String subtitle = (language == Language.FR ? "Promotion " : "Cohort ") + years(document);
        for (LocalizedText note : document.notes()) {
            subtitle += "\n" + note.in(language);
        }
        parameters.put("SUBTITLE", subtitle);
        parameters.put("FOOTER", "INET · " + document.title().in(language) + " · " + years(document));
        parameters.put("PAGE_LABEL", language == Language.FR ? "Page" : "Page");
        parameters.put(JRParameter.REPORT_LOCALE, language.locale());
        try {
            return JasperFillManager.fillReport(Template.REPORT, parameters,
                    new StatBlockDataSource(blocks(document, charts, minCount)));
        } catch (JRException e) {
            throw new IOException("the report cannot be laid out: " + e.getMessage(), e);
        }
    }

    private static String years(TableDocument document) {
        return document.cohort().year() + "-" + (document.cohort().year() + 1);
    }

    static List<StatBlock> blocks(TableDocument document, List<ChartSpec> charts, int minCount) {
        Language language = document.language();
        List<StatBlock> blocks = new ArrayList<>();
        for (StatTable table : document.tables()) {
            String title = table.title().in(language);
            Optional<ChartSpec> chart = charts.stream().filter(c -> c.table().equals(table.id())).findFirst();
            if (chart.isEmpty() || !chart.get().alone()) {
                table(blocks, table, title, language, minCount);
            }
            chart.ifPresent(spec -> {
                if (!table.rows().isEmpty()) {
                    String id = "chart:" + table.id();
                    blocks.add(new StatBlock(id, title, spec.alone() ? "SMALL_CHART" : "CHART", "",
                            List.of(), List.of(), List.of(), false, ChartRenderer.of(spec, table, language)));
                    if (spec.alone()) {
                        // The chart stands for the table: its notes (what is withheld) go under it.
                        table.notes().forEach(note -> blocks.add(new StatBlock(id, title, "NOTE", note.in(language),
                                List.of(), List.of(), List.of(), false, null)));
                    }
                }
            });
        }
        return blocks;
    }

    private static void table(List<StatBlock> blocks, StatTable table, String title, Language language, int minCount) {
        List<StatColumn> columns = table.columns();
        if (columns.size() > StatBlock.MAX_COLUMNS) {
            throw new IllegalStateException("table " + table.id() + " has more columns than the template holds");
        }
        List<String> headings = columns.stream().map(c -> c.label().in(language)).toList();
        List<Boolean> numeric = columns.stream().map(StatColumn::isNumeric).toList();
        for (int row = 0; row < table.rows().size(); row++) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < columns.size(); column++) {
                cells.add(CellText.of(table, row, column, language, minCount));
            }
            Object first = table.rows().get(row).get(0);
            boolean total = first instanceof Code code
                    && code.code().equals("TOTAL");
            blocks.add(new StatBlock(table.id(), title, "ROW", "", headings, cells, numeric, total, null));
        }
        if (table.rows().isEmpty()) {
            blocks.add(new StatBlock(table.id(), title, "NOTE", NO_DATA.in(language), headings, List.of(), numeric,
                    false, null));
        }
        for (LocalizedText note : table.notes()) {
            blocks.add(new StatBlock(table.id(), title, "NOTE", note.in(language), headings, List.of(), numeric, false,
                    null));
        }
    }

    /** The compiled template, read once from this jar. */
    private static final class Template {

        static final JasperReport REPORT = CompiledTemplates.load(StatisticsPdf.class, TEMPLATE);
    }
}
