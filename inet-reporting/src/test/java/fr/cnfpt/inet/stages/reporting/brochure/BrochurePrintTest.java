package fr.cnfpt.inet.stages.reporting.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.text.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The brochure's PDF can go to a printer as it is: a booklet (pages in fours, folded sheets of
 * A3), no text smaller than 8 pt, every font embedded.
 */
class BrochurePrintTest {

    /** The smallest type the print edition allows (brochure.css: "No text under 8 pt in print"). */
    private static final float SMALLEST_POINTS = 8f;

    /**
     * What the renderer's conversion from CSS points to its layout units and back may take off a
     * size: 8 pt in the stylesheet is written 7.99 pt.
     */
    private static final float ROUNDING_POINTS = 0.05f;

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void hasAPageCountThatFoldsIntoABooklet(int cohort, Language language) throws Exception {
        try (PDDocument document = RenderedBrochure.of(cohort, language).open()) {
            assertThat(document.getNumberOfPages() % 4).as("%d pages", document.getNumberOfPages()).isZero();
        }
    }

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void setsNoTextUnderEightPoints(int cohort, Language language) throws Exception {
        List<String> tooSmall = new ArrayList<>();
        TreeSet<Float> sizes = new TreeSet<>();
        try (PDDocument document = RenderedBrochure.of(cohort, language).open()) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    float points = points(text);
                    sizes.add(Math.round(points * 100) / 100f);
                    if (points < SMALLEST_POINTS - ROUNDING_POINTS && !text.getUnicode().isBlank()) {
                        tooSmall.add(String.format("page %d: '%s' at %.3f pt", getCurrentPageNo(), text.getUnicode(), points));
                    }
                }
            };
            stripper.getText(document);
        }
        assertThat(sizes).as("text was found").isNotEmpty();
        assertThat(tooSmall).as("glyphs under %s pt (sizes used: %s)", SMALLEST_POINTS, sizes).isEmpty();
    }

    /** The size a glyph is printed at: the font size scaled by the text matrix and the page's transformation. */
    private static float points(TextPosition text) {
        // TextPosition's matrix is the text rendering matrix: font size × text matrix × CTM.
        return Math.abs(text.getTextMatrix().getScalingFactorY());
    }

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void embedsEveryFont(int cohort, Language language) throws Exception {
        List<String> fonts = new ArrayList<>();
        List<String> notEmbedded = new ArrayList<>();
        try (PDDocument document = RenderedBrochure.of(cohort, language).open()) {
            int number = 1;
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), "page " + number++, fonts, notEmbedded, 0);
            }
        }
        assertThat(fonts).as("fonts used").isNotEmpty();
        assertThat(notEmbedded).as("fonts not embedded").isEmpty();
    }

    private static void collectFonts(PDResources resources, String where, List<String> fonts, List<String> notEmbedded,
            int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName());
            if (!font.isEmbedded()) {
                notEmbedded.add(where + ": " + font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), where + " " + name.getName(), fonts, notEmbedded, depth + 1);
            }
        }
    }
}
