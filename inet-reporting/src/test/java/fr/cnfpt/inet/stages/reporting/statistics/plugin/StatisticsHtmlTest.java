package fr.cnfpt.inet.stages.reporting.statistics.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.statistics.Dataset;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The statistics reports as web pages: what a screen reader and a phone need (axe-core: AccessibilityIT). */
class StatisticsHtmlTest {

    private static final ReportRequest REQUEST = ReportRequest.of(Editions.current(), Schedules.of(Editions.current()))
            .withStatistics(new Dataset().statistics()).withCohort(CohortYear.of(2026)).withFormat(ReportFormat.HTML);

    private static String html(AbstractStatisticsPlugin plugin, Language language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plugin.render(REQUEST.withLanguage(language), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void saysItsLanguageAndTitleAndFitsAPhone() throws Exception {
        String html = html(new OffersReportPlugin(), Language.EN);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<title>Internship offers 2026-2027</title>", "<h1>Internship offers</h1>")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    }

    @Test
    void givesEachTableAHeadingAndHeaderCells() throws Exception {
        String html = html(new OffersReportPlugin(), Language.FR);

        assertThat(html).contains("<html lang=\"fr\">")
                .contains("<h2 id=\"t-offers-by-host-kind\">")
                .contains("<table aria-labelledby=\"t-offers-by-host-kind\">")
                .contains("<th scope=\"col\">Type de structure</th>")
                .containsPattern("<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"num\">\\d+</td>");
    }

    @Test
    void showsTheTableOfEveryChartWithATextAlternativeForTheImage() throws Exception {
        String html = html(new DashboardPlugin(), Language.FR);

        assertThat(html).contains("<img src=\"data:image/png;base64,")
                .contains("alt=\"Diagramme circulaire : ")
                .contains("<table aria-labelledby=\"t-offers-by-host-kind-share\">")
                .contains("<table aria-labelledby=\"t-placement-rate-by-type\">")
                .doesNotContain("alt=\"\"");
    }

    @Test
    void withholdsSmallCountsAsThePdfDoes() throws Exception {
        String html = html(new PlacementsReportPlugin(), Language.FR);

        assertThat(html).contains("<td class=\"num\">&lt; 5</td>").contains("Les effectifs inférieurs à 5 sont masqués");
    }

    @Test
    void escapesMarkupInText() {
        assertThat(StatisticsHtml.text("<b>\"R&D\"</b>")).isEqualTo("&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;");
    }
}
