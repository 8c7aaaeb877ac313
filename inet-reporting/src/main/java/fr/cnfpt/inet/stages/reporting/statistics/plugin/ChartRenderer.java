package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.statistics.Code;
import fr.cnfpt.inet.stages.reporting.statistics.StatColumn;
import fr.cnfpt.inet.stages.reporting.statistics.StatTable;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * Draws a chart of a statistics table with JFreeChart, as vectors, into the page JasperReports
 * lays out (the PDF exporter draws it on the PDF's own canvas, the HTML exporter as an image). The
 * chart's texts use the DejaVu Sans of the report's font extension, never a font of the machine.
 */
final class ChartRenderer extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;
    private static final Color[] PALETTE = {new Color(0x1F3A68), new Color(0xC8102E), new Color(0x5B8DC9),
        new Color(0xE8A33D), new Color(0x6A9F58), new Color(0x8C6BB1), new Color(0x9FB3CC), new Color(0x4A4A4A)};

    private final transient JFreeChart chart;

    private ChartRenderer(JFreeChart chart) {
        this.chart = chart;
    }

    /**
     * Makes the chart of a table.
     *
     * @param spec  the chart's kind and columns
     * @param table  the table
     * @param language  the language of the labels
     * @return the renderer, not null
     */
    static ChartRenderer of(ChartSpec spec, StatTable table, Language language) {
        JasperReportsContext context = DefaultJasperReportsContext.getInstance();
        FontUtil fonts = FontUtil.getInstance(context);
        Font regular = fonts.getAwtFontFromBundles("DejaVu Sans", Font.PLAIN, 8f, language.locale(), true);
        Font bold = fonts.getAwtFontFromBundles("DejaVu Sans", Font.BOLD, 9f, language.locale(), true);
        StandardChartTheme theme = new StandardChartTheme("INET");
        theme.setExtraLargeFont(bold);
        theme.setLargeFont(bold);
        theme.setRegularFont(regular);
        theme.setSmallFont(regular.deriveFont(7f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        JFreeChart chart = spec.kind() == ChartSpec.Kind.PIE ? pie(spec, table, language)
                : bars(spec, table, language);
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setRangeGridlinePaint(new Color(0xD0D8E4));
            plot.setOutlineVisible(false);
            BarRenderer renderer = (BarRenderer) plot.getRenderer();
            for (int series = 0; series < PALETTE.length; series++) {
                renderer.setSeriesPaint(series, PALETTE[series]);
            }
            renderer.setDefaultItemLabelFont(regular.deriveFont(7f));
        } else if (chart.getPlot() instanceof PiePlot<?> plot) {
            plot.setOutlineVisible(false);
            plot.setShadowPaint(null);
            plot.setLabelFont(regular.deriveFont(7.5f));
            plot.setLabelBackgroundPaint(Color.WHITE);
            plot.setLabelOutlinePaint(null);
            plot.setLabelShadowPaint(null);
            plot.setSectionOutlinesVisible(true);
            plot.setDefaultSectionOutlinePaint(Color.WHITE);
            plot.setDefaultSectionOutlineStroke(new BasicStroke(1f));
            @SuppressWarnings("unchecked")
            PiePlot<String> pie = (PiePlot<String>) plot;
            List<String> keys = pie.getDataset().getKeys();
            for (int section = 0; section < keys.size(); section++) {
                pie.setSectionPaint(keys.get(section), PALETTE[section % PALETTE.length]);
            }
        }
        return new ChartRenderer(chart);
    }

    private static JFreeChart bars(ChartSpec spec, StatTable table, Language language) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String single = table.columns().get(spec.value()).label().in(language);
        for (int row = 0; row < table.rows().size(); row++) {
            List<Object> cells = table.rows().get(row);
            Code category = (Code) cells.get(spec.category());
            Object value = cells.get(spec.value());
            if (category.code().equals("TOTAL") || !(value instanceof Number number)) {
                continue;
            }
            String series = spec.series() < 0 ? single : ((Code) cells.get(spec.series())).label().in(language);
            dataset.addValue(number, series, category.label().in(language));
        }
        StatColumn.Kind kind = table.columns().get(spec.value()).kind();
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelLines(3);
        NumberAxis values = new NumberAxis(null);
        NumberFormat format = kind == StatColumn.Kind.RATE ? NumberFormat.getPercentInstance(language.locale())
                : NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(kind == StatColumn.Kind.RATIO ? 2 : 0);
        values.setNumberFormatOverride(format);
        if (kind == StatColumn.Kind.COUNT) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(language.locale()));
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(3);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        values.setUpperMargin(0.12);
        // Counts and rates start at 0; a chart whose values are all 0 (or all withheld but one 0)
        // gets a unit range instead of a degenerate axis.
        double highest = 0;
        for (int row = 0; row < dataset.getRowCount(); row++) {
            for (int column = 0; column < dataset.getColumnCount(); column++) {
                Number value = dataset.getValue(row, column);
                highest = Math.max(highest, value == null ? 0 : value.doubleValue());
            }
        }
        if (highest == 0) {
            values.setRange(0, 1);
        } else {
            values.setLowerBound(0);
        }
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, spec.series() >= 0);
    }

    private static JFreeChart pie(ChartSpec spec, StatTable table, Language language) {
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        for (List<Object> cells : table.rows()) {
            Code category = (Code) cells.get(spec.category());
            Object value = cells.get(spec.value());
            if (!category.code().equals("TOTAL") && value instanceof Number number && number.doubleValue() > 0) {
                dataset.setValue(category.label().in(language), number);
            }
        }
        PiePlot<String> plot = new PiePlot<>(dataset);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator(language == Language.FR ? "{0} : {1} ({2})" : "{0}: {1} ({2})",
                NumberFormat.getIntegerInstance(language.locale()), NumberFormat.getPercentInstance(language.locale())));
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        chart.draw(graphics, area);
    }
}
