package fr.cnfpt.inet.stages.reporting.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.editions.Editions;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import java.io.ByteArrayOutputStream;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;

class BrochurePluginTest {

    private static final Edition EDITION = Editions.current();

    private static JasperPrint layOut(int cohort, Language language) throws Exception {
        ReportRequest request = ReportRequest.of(EDITION, Schedules.of(EDITION)).withCohort(CohortYear.of(cohort))
                .withLanguage(language).withFormat(ReportFormat.PDF);
        return BrochurePlugin.layOut(request, BrochurePlugin.template());
    }

    private static List<JRPrintText> texts(JasperPrint print, int page) {
        return print.getPages().get(page).getElements().stream().filter(JRPrintText.class::isInstance)
                .map(JRPrintText.class::cast).toList();
    }

    @Test
    void contentsGivesThePageWhereEachChapterStarts() throws Exception {
        for (Language language : Language.values()) {
            JasperPrint print = layOut(2026, language);
            List<JRPrintText> entries = print.getPages().stream().flatMap(p -> p.getElements().stream())
                    .filter(e -> ContentsPages.KEY.equals(e.getKey())).map(JRPrintText.class::cast).toList();

            assertThat(entries).hasSize(BrochureContent.chapters(EDITION, language).size());
            for (JRPrintText entry : entries) {
                int page = Integer.parseInt(entry.getFullText());
                assertThat(texts(print, page - 1)).as("page %d holds chapter '%s'", page, entry.getHyperlinkAnchor())
                        .anyMatch(t -> entry.getHyperlinkAnchor().equals(t.getAnchorName())
                                && t.getFullText().equals(entry.getHyperlinkAnchor()));
            }
            assertThat(entries).extracting(e -> Integer.parseInt(e.getFullText())).isSorted();
        }
    }

    @Test
    void rendersEveryFormatItSupports() throws Exception {
        BrochurePlugin plugin = new BrochurePlugin();
        for (ReportFormat format : plugin.formats()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            plugin.render(ReportRequest.of(EDITION, Schedules.of(EDITION)).withCohort(CohortYear.of(2027))
                    .withLanguage(Language.EN).withFormat(format), out);

            assertThat(out.size()).as(format.toString()).isGreaterThan(10_000);
        }
    }
}
