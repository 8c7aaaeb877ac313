package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.edition.CorpsProfile;
import fr.cnfpt.inet.stages.domain.edition.InternshipsContact;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * "Quelles sont les périodes de stages ?": the invitation to host a trainee with the contact, the
 * deadline calendar (which holds the seed's summary of each corps' internships), the note on the
 * corps INET does not place, and the timelines.
 */
final class PeriodsChapter {

    /** The chapter's id, the target of the contents' link and of its bookmark. */
    static final String ID = "periods";

    private PeriodsChapter() {
    }

    /**
     * Writes the chapter.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     */
    static void write(Facts facts, Html html) {
        html.open("section", "class", "chapter periods", "id", ID, "aria-labelledby", ID + "-title");
        html.element("p", facts.in(Labels.KICKER), "class", "kicker");
        html.element("h2", facts.in(Labels.PERIODS), "id", ID + "-title");
        html.open("div", "class", "pitch");
        for (LocalizedText paragraph : facts.edition().hostingPitch()) {
            String text = facts.in(paragraph);
            if (text.strip().matches(".*[.!?:…]$")) {
                html.open("p").emphasised(Emphasis.pitch(text, facts.language()), "strong").close("p");
            } else {
                html.element("h3", text, "class", "pitch-title");
            }
        }
        html.close("div");
        contactCard(facts, html);
        html.element("h3", facts.in(Labels.DEADLINES), "class", "keep-with-next", "id", DeadlineCalendar.TITLE_ID);
        DeadlineCalendar.write(facts, html);
        for (CorpsProfile profile : facts.edition().profiles()) {
            profile.placementNote().ifPresent(note -> {
                html.open("p", "class", "note");
                html.element("strong", facts.in(Labels.NOTE));
                html.text(" " + facts.in(note));
                html.close("p");
            });
        }
        html.element("h3", facts.in(Labels.TIMELINE) + " " + facts.years(), "class", "keep-with-next timeline-title");
        Timelines.write(facts, html);
        html.close("section");
    }

    /** The internships coordinator, as the seed gives her beside the invitation. */
    static void contactCard(Facts facts, Html html) {
        InternshipsContact contact = facts.edition().contact();
        html.open("aside", "class", "contact-card", "aria-labelledby", "contact-card-title");
        html.element("h3", facts.in(Labels.CONTACT), "id", "contact-card-title");
        html.element("p", contact.fullName(), "class", "contact-name");
        html.element("p", facts.in(contact.role()), "class", "contact-role");
        html.open("p", "class", "contact-email");
        html.element("a", contact.email().value(), "href", "mailto:" + contact.email().value());
        html.close("p");
        html.element("p", phones(facts, contact), "class", "contact-phones");
        html.close("aside");
    }

    /** "Tél. : 03 88 15 53 69 | Port. : 06 10 53 03 78", numbers unbroken. */
    static String phones(Facts facts, InternshipsContact contact) {
        boolean french = facts.language() == Language.FR;
        String colon = french ? " : " : ": ";
        return unbroken(facts.in(Labels.TELEPHONE) + colon + (french ? contact.telephone().national()
                : contact.telephone().international())) + " | " + unbroken(facts.in(Labels.MOBILE) + colon
                + (french ? contact.mobile().national() : contact.mobile().international()));
    }

    /** A telephone number, or a label with its number, that never breaks across lines. */
    static String unbroken(String number) {
        return number.replace(' ', Typography.NO_BREAK_SPACE);
    }
}
