package fr.cnfpt.inet.stages.reporting.brochure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The brochure plugin renders each format it declares, and the PDF's contents page tells the truth. */
class BrochurePluginTest {

    @Test
    void supportsPdfAndHtmlButNotDocx() {
        assertThat(new BrochurePlugin().formats()).containsExactlyInAnyOrder(ReportFormat.PDF, ReportFormat.HTML);
    }

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void rendersEveryFormatItSupports(int cohort, Language language) {
        for (ReportFormat format : new BrochurePlugin().formats()) {
            byte[] document = RenderedBrochure.render(cohort, language, format);

            String start = new String(document, 0, Math.min(document.length, 15), StandardCharsets.ISO_8859_1);
            assertThat(start).as(format.toString()).startsWith(format == ReportFormat.PDF ? "%PDF-" : "<!DOCTYPE html>");
            assertThat(document.length).as(format.toString()).isGreaterThan(50_000);
        }
    }

    @Test
    void refusesAFormatItDoesNotDeclare() {
        BrochurePlugin plugin = new BrochurePlugin();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> plugin.render(RenderedBrochure.request(2026, Language.FR, ReportFormat.DOCX), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("docx");
        assertThat(out.size()).isZero();
    }

    /** "SOMMAIRE … Stages d'observation . . . 7": page 7 is where that chapter starts. */
    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void contentsGivesThePageWhereEachChapterStarts(int cohort, Language language) throws Exception {
        RenderedBrochure brochure = RenderedBrochure.of(cohort, language);
        List<String> pages = brochure.pdfPages();
        List<BrochureDocument.Chapter> chapters = brochure.chapters();
        int contentsPage = indexOfPageWith(pages, RenderedBrochure.normalise(
                Typography.set(Labels.CONTENTS.in(language), language)).toUpperCase(language.locale()));
        assertThat(contentsPage).as("the page titled " + Labels.CONTENTS.in(language)).isNotNegative();
        // The contents may run over onto the next page.
        String contents = String.join(" ", pages.subList(contentsPage, Math.min(pages.size(), contentsPage + 2)));
        List<Integer> bookmarked = bookmarkedPages(brochure);

        List<Integer> listed = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            String title = RenderedBrochure.normalise(Typography.set(chapters.get(i).title(), language));
            Matcher entry = Pattern.compile(Pattern.quote(title) + "[ .]*?(\\d+)\\b").matcher(contents);
            assertThat(entry.find()).as("the contents list '%s' with a page number", title).isTrue();
            int page = Integer.parseInt(entry.group(1));
            listed.add(page);

            assertThat(page).as("'%s' is on a page of the document", title).isBetween(1, pages.size());
            assertThat(pages.get(page - 1)).as("page %d, listed for '%s'", page, title).contains(title);
            assertThat(bookmarked.get(i)).as("the bookmark of '%s'", title).isEqualTo(page);
        }
        assertThat(listed).isSorted();
    }

    private static int indexOfPageWith(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the page number (from 1) each top-level bookmark opens, in order */
    private static List<Integer> bookmarkedPages(RenderedBrochure brochure) throws Exception {
        List<Integer> pages = new ArrayList<>();
        try (PDDocument document = brochure.open()) {
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                pages.add(document.getPages().indexOf(item.findDestinationPage(document)) + 1);
            }
        }
        return pages;
    }
}
