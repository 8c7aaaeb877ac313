package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.edition.Institution;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;

/**
 * "L'INET en bref" / "About INET": who INET is (the edition's description of the institution); on
 * the back page, its key figures and, in the English edition, written for foreign hosts, what INET
 * offers foreign institutions and its European and International Mission. Whatever the edition
 * provides is printed.
 */
final class AboutInet {

    /** The chapter's id. */
    static final String ID = "about";

    private AboutInet() {
    }

    /**
     * Writes the chapter.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     */
    static void write(Facts facts, Html html) {
        Institution institution = facts.edition().institution();
        html.open("section", "class", "chapter about", "id", ID, "aria-labelledby", ID + "-title");
        html.element("h2", facts.in(Labels.ABOUT), "id", ID + "-title");
        institution.description().forEach(p -> html.element("p", facts.in(p)));
        html.close("section");
    }

    /**
     * Writes INET's key figures, if the edition gives any.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     */
    static void figures(Facts facts, Html html) {
        Institution institution = facts.edition().institution();
        if (!institution.figures().isEmpty()) {
            html.open("div", "class", "key-figures");
            html.element("h3", facts.in(Labels.KEY_FIGURES), "class", "keep-with-next");
            FiguresStrip.institution(facts, html, institution.figures());
            html.close("div");
        }
    }

    /**
     * Writes what INET offers foreign institutions and its European and International Mission's
     * initiatives: the English edition's, written for foreign hosts.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     */
    static void international(Facts facts, Html html) {
        Institution institution = facts.edition().institution();
        html.open("div", "class", "back-columns international");
        html.open("div", "class", "back-main");
        list(facts, html, Labels.FOREIGN, institution.forForeignInstitutions());
        html.close("div");
        html.open("div", "class", "back-side");
        list(facts, html, Labels.INTERNATIONAL_MISSION, institution.internationalMission());
        html.close("div");
        html.close("div");
    }

    private static void list(Facts facts, Html html, Labels title, List<LocalizedText> items) {
        if (items.isEmpty()) {
            return;
        }
        html.element("h3", facts.in(title), "class", "keep-with-next");
        html.open("ul", "class", "bullets");
        items.forEach(i -> html.element("li", facts.in(i)));
        html.close("ul");
    }
}
