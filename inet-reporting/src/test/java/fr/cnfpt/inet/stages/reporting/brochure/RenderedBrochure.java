package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Fixture: the brochure of a cohort in a language, rendered once per test run by the plugin as PDF
 * and as HTML, with its text read back: from the PDF page by page (PDFBox), from the HTML's
 * elements. Texts are {@linkplain #normalise normalised} so that a test compares words, not spaces
 * or apostrophes.
 *
 * @param cohort  the cohort, such as 2026
 * @param language  the brochure's language
 * @param pdf  the PDF's bytes
 * @param html  the web page
 */
record RenderedBrochure(int cohort, Language language, byte[] pdf, String html) {

    static final Edition EDITION = Editions.current();

    private static final Map<String, RenderedBrochure> RENDERED = new ConcurrentHashMap<>();

    /** Elements that run inside a line of text: no word break at their edges. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "em", "strong", "sup", "sub", "b", "i");

    /** @return the brochure of a cohort in a language, rendered on first use */
    static RenderedBrochure of(int cohort, Language language) {
        return RENDERED.computeIfAbsent(cohort + "-" + language, key -> new RenderedBrochure(cohort, language,
                render(cohort, language, ReportFormat.PDF),
                new String(render(cohort, language, ReportFormat.HTML), StandardCharsets.UTF_8)));
    }

    static ReportRequest request(int cohort, Language language, ReportFormat format) {
        return ReportRequest.of(EDITION, Schedules.of(EDITION)).withCohort(CohortYear.of(cohort))
                .withLanguage(language).withFormat(format);
    }

    static byte[] render(int cohort, Language language, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new BrochurePlugin().render(request(cohort, language, format), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return what the brochure prints: the edition's texts and the cohort's dates */
    Facts facts() {
        return new Facts(EDITION, Schedules.of(EDITION).forCohort(CohortYear.of(cohort)), language);
    }

    /** @return the chapters, as the contents lists them */
    List<BrochureDocument.Chapter> chapters() {
        return BrochureDocument.chapters(facts());
    }

    /** @return the PDF, opened with PDFBox; the caller closes it */
    PDDocument open() throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** @return each page's text, normalised, the first page first */
    List<String> pdfPages() throws IOException {
        try (PDDocument document = open()) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // A line that ends with a hyphen ("inter-" / "filières") was broken at the hyphen, not at a space.
                pages.add(normalise(stripper.getText(document).replaceAll("([-\u2010])\\s*\\n\\s*", "$1")));
            }
            return pages;
        }
    }

    /** @return the whole PDF's text, normalised */
    String pdfText() throws IOException {
        return String.join(" ", pdfPages());
    }

    /** @return the web page, parsed (it is well-formed XHTML) */
    Document htmlDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("the brochure's HTML is not well-formed: " + e.getMessage(), e);
        }
    }

    /** @return the text a reader of the web page reads (the body's), normalised */
    String htmlText() {
        StringBuilder text = new StringBuilder();
        appendText(htmlDocument().getElementsByTagName("body").item(0), text);
        return normalise(text.toString());
    }

    private static void appendText(Node node, StringBuilder text) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            text.append(node.getNodeValue());
            return;
        }
        if (node.getNodeType() != Node.ELEMENT_NODE || node.getNodeName().equals("style")) {
            return;
        }
        boolean block = !INLINE.contains(node.getNodeName());
        if (block) {
            text.append(' ');
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            appendText(child, text);
        }
        if (block) {
            text.append(' ');
        }
    }

    /**
     * Normalises a text for comparison: any run of white space (non-breaking and narrow spaces
     * included) becomes one space; typographic apostrophes become {@code '}; an ellipsis becomes
     * three dots.
     *
     * @param text  the text
     * @return the normalised text
     */
    static String normalise(String text) {
        // The PDF sets the ordinal "1er" with superscript letters (1\u1d49\u02b3), the web page with sup.
        return text.replace('\u2019', '\'').replace('\u02bc', '\'').replace("\u2026", "...")
                .replace('\u1d49', 'e').replace('\u02b3', 'r')
                .replaceAll("[\\s\u00a0\u202f\u2007\u2009\u200a]+", " ").strip();
    }

    @Override
    public String toString() {
        return "brochure " + cohort + " " + language;
    }
}
