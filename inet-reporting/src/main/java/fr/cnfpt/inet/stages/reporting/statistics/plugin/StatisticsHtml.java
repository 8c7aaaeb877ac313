package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.internal.HtmlText;
import fr.cnfpt.inet.stages.reporting.statistics.Code;
import fr.cnfpt.inet.stages.reporting.statistics.StatColumn;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import fr.cnfpt.inet.stages.reporting.tables.CellText;
import fr.cnfpt.inet.stages.reporting.tables.TableDocument;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Writes a statistics report as one self-contained web page (WCAG 2.1 AA, checked with axe-core by
 * {@code AccessibilityIT}): the document's language and title, a heading per table, tables with
 * column and row header cells, withheld counts as in the PDF, and each chart as an embedded PNG
 * whose text alternative points to its table, which the page always shows (the PDF dashboard
 * shows some charts instead of their tables; a screen reader needs the figures).
 */
final class StatisticsHtml {

    private static final int CHART_WIDTH = 640;
    private static final int CHART_SCALE = 2;
    private static final String STYLE = "body{font-family:'DejaVu Sans',Verdana,sans-serif;color:#1a1a1a;"
            + "background:#fff;margin:0 auto;padding:1rem;max-width:48rem;line-height:1.4}"
            + "h1,h2{color:#1F3A68}h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.15rem;margin:2rem 0 .5rem}"
            + ".cohort{color:#C8102E;font-weight:bold}.org,footer{color:#4a4a4a;font-size:.85rem}"
            + "table{border-collapse:collapse;width:100%;font-size:.9rem}"
            + "th,td{border:1px solid #c5cfdd;padding:.25rem .5rem;text-align:left;vertical-align:top}"
            + "thead th{background:#1F3A68;color:#fff}.num{text-align:right;font-variant-numeric:tabular-nums}"
            + "tr.total{font-weight:bold;background:#eef2f7}.note{font-size:.85rem;color:#4a4a4a}"
            + "figure{margin:.5rem 0}img{max-width:100%;height:auto}"
            + "@media (max-width:30rem){body{padding:.5rem}table{font-size:.8rem}}";

    private StatisticsHtml() {
    }

    static void write(TableDocument document, List<ChartSpec> charts, int minCount, OutputStream out)
            throws IOException {
        Language language = document.language();
        String years = document.cohort().year() + "-" + (document.cohort().year() + 1);
        String title = document.title().in(language);
        Writer html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        html.write("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + text(title + " " + years) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<header>\n"
                + "<p class=\"org\">INET · CNFPT</p>\n<h1>" + text(title) + "</h1>\n<p class=\"cohort\">"
                + (language == Language.FR ? "Promotion " : "Cohort ") + years + "</p>\n");
        for (LocalizedText note : document.notes()) {
            html.write("<p class=\"note\">" + text(note.in(language)) + "</p>\n");
        }
        html.write("</header>\n<main>\n");
        for (StatTable table : document.tables()) {
            Optional<ChartSpec> chart = charts.stream().filter(c -> c.table().equals(table.id())).findFirst();
            section(html, table, chart, language, minCount);
        }
        html.write("</main>\n<footer>\n<p>INET · " + text(title) + " · " + years + "</p>\n</footer>\n</body>\n</html>\n");
        html.flush();
    }

    private static void section(Writer html, StatTable table, Optional<ChartSpec> chart, Language language,
            int minCount) throws IOException {
        String heading = "t-" + table.id();
        html.write("<section aria-labelledby=\"" + heading + "\">\n<h2 id=\"" + heading + "\">"
                + text(table.title().in(language)) + "</h2>\n");
        if (chart.isPresent() && !table.rows().isEmpty()) {
            String kind = chart.get().kind() == ChartSpec.Kind.PIE
                    ? (language == Language.FR ? "Diagramme circulaire" : "Pie chart")
                    : (language == Language.FR ? "Diagramme en barres" : "Bar chart");
            String alt = kind + (language == Language.FR ? " : " : ": ") + table.title().in(language)
                    + (language == Language.FR ? ". Les chiffres sont dans le tableau qui suit."
                            : ". The figures are in the table that follows.");
            html.write("<figure><img src=\"data:image/png;base64," + png(chart.get(), table, language)
                    + "\" width=\"" + CHART_WIDTH + "\" height=\"" + height(chart.get()) + "\" alt=\""
                    + text(alt) + "\"></figure>\n");
        }
        List<StatColumn> columns = table.columns();
        html.write("<table aria-labelledby=\"" + heading + "\">\n<thead>\n<tr>");
        for (StatColumn column : columns) {
            html.write("<th scope=\"col\"" + (column.isNumeric() ? " class=\"num\"" : "") + ">"
                    + text(column.label().in(language)) + "</th>");
        }
        html.write("</tr>\n</thead>\n<tbody>\n");
        for (int row = 0; row < table.rows().size(); row++) {
            Object first = table.rows().get(row).get(0);
            boolean total = first instanceof Code code && code.code().equals("TOTAL");
            html.write(total ? "<tr class=\"total\">" : "<tr>");
            for (int column = 0; column < columns.size(); column++) {
                String cell = text(CellText.of(table, row, column, language, minCount));
                String numeric = columns.get(column).isNumeric() ? " class=\"num\"" : "";
                html.write(column == 0 && !columns.get(0).isNumeric()
                        ? "<th scope=\"row\"" + numeric + ">" + cell + "</th>"
                        : "<td" + numeric + ">" + cell + "</td>");
            }
            html.write("</tr>\n");
        }
        if (table.rows().isEmpty()) {
            html.write("<tr><td colspan=\"" + columns.size() + "\">"
                    + text(LocalizedText.of("Aucune donnée pour cette promotion.", "No data for this cohort.")
                            .in(language)) + "</td></tr>\n");
        }
        html.write("</tbody>\n</table>\n");
        for (LocalizedText note : table.notes()) {
            html.write("<p class=\"note\">" + text(note.in(language)) + "</p>\n");
        }
        html.write("</section>\n");
    }

    private static int height(ChartSpec chart) {
        return chart.alone() ? 240 : 360;
    }

    /** The chart drawn by JFreeChart at twice its displayed size, for sharp text on dense screens. */
    private static String png(ChartSpec spec, StatTable table, Language language) throws IOException {
        BufferedImage image = new BufferedImage(CHART_WIDTH * CHART_SCALE, height(spec) * CHART_SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.scale(CHART_SCALE, CHART_SCALE);
            ChartRenderer.of(spec, table, language).render(null, graphics,
                    new Rectangle2D.Double(0, 0, CHART_WIDTH, height(spec)));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** Escapes text for an element's content or a quoted attribute. */
    static String text(String text) {
        return HtmlText.escape(text);
    }
}
