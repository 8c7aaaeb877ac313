package fr.cnfpt.inet.stages.reporting.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The brochure's HTML is a real web page: its language and title, a heading outline without
 * gaps (one h1, a h2 for each chapter listed in the contents), lists, and tables whose cells have
 * header cells.
 */
class BrochureHtmlTest {

    private static Document page(int cohort, Language language) {
        return RenderedBrochure.of(cohort, language).htmlDocument();
    }

    private static List<Element> elements(Node root, String tag) {
        NodeList list = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root).getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static String text(Node node) {
        return RenderedBrochure.normalise(node.getTextContent());
    }

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR, fr-FR, Accueillir un ou une élève en stage 2026-2027",
        "2026, EN, en-GB, Hosting an INET trainee 2026-2027",
        "2027, FR, fr-FR, Accueillir un ou une élève en stage 2027-2028",
        "2027, EN, en-GB, Hosting an INET trainee 2027-2028"})
    void declaresItsLanguageAndTitlesItselfWithTheEditionAndYears(int cohort, Language language, String lang,
            String title) {
        Document page = page(cohort, language);

        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo(lang);
        assertThat(elements(page, "title")).singleElement().extracting(BrochureHtmlTest::text).isEqualTo(title);
        assertThat(RenderedBrochure.of(cohort, language).html()).startsWith("<!DOCTYPE html>");
    }

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void headingsFormAnOutlineWithoutGapsWithOneH1(int cohort, Language language) {
        List<Element> headings = new ArrayList<>();
        collectHeadings(page(cohort, language).getDocumentElement(), headings);

        assertThat(headings).filteredOn(h -> h.getTagName().equals("h1")).hasSize(1);
        assertThat(headings.get(0).getTagName()).isEqualTo("h1");
        int level = 1;
        for (Element heading : headings) {
            int next = heading.getTagName().charAt(1) - '0';
            assertThat(next).as("'%s' (%s) after a h%d", text(heading), heading.getTagName(), level)
                    .isLessThanOrEqualTo(level + 1);
            assertThat(text(heading)).as("a %s", heading.getTagName()).isNotBlank();
            level = next;
        }
    }

    /** Each chapter the contents list is a section named by its own h2, the contents' link text. */
    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void everyChapterOfTheContentsIsASectionWithItsH2(int cohort, Language language) {
        Document page = page(cohort, language);
        List<Element> links = elements(elements(page, "nav").get(0), "a");
        assertThat(links).hasSize(RenderedBrochure.of(cohort, language).chapters().size());

        for (Element link : links) {
            String id = link.getAttribute("href").substring(1);
            Element section = elements(page, "section").stream().filter(s -> s.getAttribute("id").equals(id))
                    .findFirst().orElseThrow(() -> new AssertionError("no section #" + id + " for " + text(link)));
            Element h2 = elements(section, "h2").get(0);
            assertThat(text(h2)).isEqualTo(text(link));
            assertThat(section.getAttribute("aria-labelledby")).isEqualTo(h2.getAttribute("id"));
        }
    }

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, FR", "2026, EN", "2027, FR", "2027, EN"})
    void writesListsAsListsAndEveryTableWithHeaderCells(int cohort, Language language) {
        Document page = page(cohort, language);

        assertThat(elements(page, "ul")).hasSizeGreaterThan(10).allSatisfy(list ->
                assertThat(childElements(list)).isNotEmpty().allMatch(li -> li.getTagName().equals("li")));
        List<Element> tables = elements(page, "table");
        assertThat(tables).hasSizeGreaterThanOrEqualTo(1 + RenderedBrochure.of(cohort, language).facts().definitions().size());
        for (Element table : tables) {
            assertThat(elements(table, "thead")).as("a table's column headers").hasSize(1);
            assertThat(elements(elements(table, "thead").get(0), "th")).as("header cells").isNotEmpty()
                    .allMatch(th -> th.getAttribute("scope").equals("col"));
            for (Element row : elements(elements(table, "tbody").get(0), "tr")) {
                assertThat(elements(row, "th")).as("the row '%s' has its header cell", text(row)).hasSize(1)
                        .allMatch(th -> th.getAttribute("scope").equals("row"));
            }
        }
    }

    private static void collectHeadings(Element element, List<Element> headings) {
        if (element.getTagName().matches("h[1-6]")) {
            headings.add(element);
        }
        for (Element child : childElements(element)) {
            collectHeadings(child, headings);
        }
    }

    private static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
