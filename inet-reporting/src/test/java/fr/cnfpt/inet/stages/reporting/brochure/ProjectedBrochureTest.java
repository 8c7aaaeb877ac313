package fr.cnfpt.inet.stages.reporting.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 2027 edition has no official calendar yet: its dates are projected. It never prints an
 * alternative that collapsed into one value ("du 30 ou 30 mars"), and every page says its dates are
 * provisional, so that no page copied or printed alone passes them off as official.
 */
class ProjectedBrochureTest {

    /** "30 ou 30", "1er ou 1er", "30 or 30": both workweeks give the same day. */
    private static final Pattern DOUBLED_ALTERNATIVE = Pattern.compile("\\b(\\d+)(er|ᵉʳ)? (ou|or) \\1(er|ᵉʳ)?\\b");

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void printsNoAlternativeBetweenTwoEqualDays(int cohort, Language language) throws Exception {
        RenderedBrochure brochure = RenderedBrochure.of(cohort, language);

        assertThat(doubled(brochure.pdfText())).as("in the PDF").isEmpty();
        assertThat(doubled(brochure.htmlText())).as("in the web page").isEmpty();
    }

    @ParameterizedTest(name = "cohort 2027 in {0}")
    @CsvSource({"FR, Dates prévisionnelles", "EN, Provisional dates"})
    void saysOnEveryPageThatItsDatesAreProvisional(Language language, String mention) throws Exception {
        assertThat(Labels.PROJECTED_SHORT.in(language)).as("the footer's mention (BrochureStyle)").isEqualTo(mention);
        List<String> pages = RenderedBrochure.of(2027, language).pdfPages();

        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).as("page %d of %d", page, pages.size()).contains(mention);
        }
        assertThat(RenderedBrochure.of(2027, language).htmlText()).contains(mention);
    }

    @ParameterizedTest(name = "cohort 2026 in {0}")
    @CsvSource({"FR, prévisionnelles", "EN, Provisional"})
    void officialEditionDoesNotSayItsDatesAreProvisional(Language language, String word) throws Exception {
        RenderedBrochure brochure = RenderedBrochure.of(2026, language);

        assertThat(brochure.pdfText()).doesNotContain(word);
        assertThat(brochure.htmlText()).doesNotContain(word);
    }

    private static List<String> doubled(String text) {
        Matcher matcher = DOUBLED_ALTERNATIVE.matcher(text);
        return matcher.results().map(m -> text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 20)))
                .toList();
    }
}
