package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.corps.Institute;
import fr.cnfpt.inet.stages.domain.edition.Institution;
import fr.cnfpt.inet.stages.domain.edition.InternshipsContact;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;

/**
 * The back page: "Votre contact à l'INET" (the coordinator, her e-mail and telephones), "Gardez le
 * fil avec l'INET", and INET's address, switchboard and web site.
 */
final class BackPage {

    /** The chapter's id. */
    static final String ID = "contact";

    private BackPage() {
    }

    /** INET's name, postal address, switchboard and web site. */
    private static void address(Facts facts, Html html, Institution institution) {
        boolean french = facts.language() == Language.FR;
        html.open("div", "class", "address");
        html.element("p", Institute.INET.name() + " – " + facts.in(Institute.INET.fullName()), "class",
                "address-name");
        html.open("p", "class", "address-lines");
        List<String> lines = institution.address(facts.language());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                html.empty("br");
            }
            html.text(lines.get(i));
        }
        html.close("p");
        html.element("p", facts.in(Labels.SWITCHBOARD) + (french ? " : " : ": ")
                + PeriodsChapter.unbroken(institution.telephone(facts.language())));
        html.open("p", "class", "website");
        html.element("a", institution.website(), "href", "https://" + institution.website());
        html.close("p");
        html.close("div");
    }

    /**
     * Writes the back page.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     */
    static void write(Facts facts, Html html) {
        InternshipsContact contact = facts.edition().contact();
        Institution institution = facts.edition().institution();
        boolean french = facts.language() == Language.FR;
        html.open("section", "class", "back", "id", ID, "aria-labelledby", ID + "-title");
        html.element("h2", facts.in(Labels.YOUR_CONTACT), "id", ID + "-title");
        html.open("div", "class", "back-columns");
        html.open("div", "class", "back-main");
        html.open("div", "class", "back-contact");
        html.element("p", contact.fullName(), "class", "contact-name");
        html.element("p", facts.in(contact.role()), "class", "contact-role");
        html.open("p", "class", "contact-email");
        html.element("a", contact.email().value(), "href", "mailto:" + contact.email().value());
        html.close("p");
        html.element("p", PeriodsChapter.phones(facts, contact), "class", "contact-phones");
        html.close("div");
        String keepInTouch = facts.in(Labels.KEEP_IN_TOUCH);
        html.element("h3", keepInTouch);
        // The edition's lines start with the seed's "Gardez le fil avec l'INET", already the heading.
        List<LocalizedText> lines = institution.keepInTouch().stream()
                .filter(line -> !facts.in(line).equals(keepInTouch)).toList();
        html.open("ul", "class", "keep-in-touch");
        lines.forEach(line -> html.element("li", facts.in(line)));
        html.close("ul");
        html.close("div");
        html.open("div", "class", "back-side");
        address(facts, html, institution);
        html.close("div");
        html.close("div");
        AboutInet.figures(facts, html);
        if (!french) {
            AboutInet.international(facts, html);
        }
        if (facts.projected()) {
            html.element("p", facts.in(Labels.PROJECTED_DATES), "class", "provisional");
        }
        html.close("section");
    }
}
