package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * The brochure as one semantic HTML document: the web edition as it is, and what openhtmltopdf lays
 * out as the PDF. The two differ only in the head: the PDF's has the bookmarks element openhtmltopdf
 * reads, the web page's the viewport and description.
 */
final class BrochureDocument {

    /** A chapter: its id (anchor, link target, bookmark) and its title. */
    record Chapter(String id, String title) {
    }

    /** Who publishes the brochure, as its metadata says. */
    static final String AUTHOR = "INET – CNFPT";

    private BrochureDocument() {
    }

    /**
     * Writes the brochure's HTML.
     *
     * @param facts  what the brochure prints
     * @param forPdf  true for the markup openhtmltopdf lays out, false for the web page
     * @return the document, well-formed XHTML, not null
     */
    static String html(Facts facts, boolean forPdf) {
        Html html = new Html(facts.language(), forPdf);
        html.raw("<!DOCTYPE html>\n");
        html.open("html", "lang", languageTag(facts.language()), "xmlns", "http://www.w3.org/1999/xhtml");
        head(facts, html, forPdf);
        html.open("body");
        Cover.write(facts, html);
        contents(facts, html);
        html.open("main");
        TrainingChapter.write(facts, html);
        AboutInet.write(facts, html);
        PeriodsChapter.write(facts, html);
        for (InternshipTypeDefinition definition : facts.definitions()) {
            InternshipChapter.write(facts, html, definition);
        }
        html.close("main");
        BackPage.write(facts, html);
        html.close("body");
        html.close("html");
        return html.toString();
    }

    /** @return the BCP 47 tag of the document's language: {@code fr-FR}, {@code en-GB} */
    static String languageTag(Language language) {
        return language.locale().toLanguageTag();
    }

    /** @return the chapters, in order: what the contents list and the PDF's bookmarks show */
    static List<Chapter> chapters(Facts facts) {
        List<Chapter> chapters = new ArrayList<>();
        chapters.add(new Chapter(TrainingChapter.ID, facts.in(Labels.TRAINING)));
        chapters.add(new Chapter(AboutInet.ID, facts.in(Labels.ABOUT)));
        chapters.add(new Chapter(PeriodsChapter.ID, facts.in(Labels.PERIODS)));
        for (InternshipTypeDefinition definition : facts.definitions()) {
            chapters.add(new Chapter(Facts.chapterId(definition.type()), facts.in(definition.pluralName())));
        }
        chapters.add(new Chapter(BackPage.ID, facts.in(Labels.YOUR_CONTACT)));
        return chapters;
    }

    private static void head(Facts facts, Html html, boolean forPdf) {
        html.open("head");
        html.empty("meta", "charset", "utf-8");
        if (!forPdf) {
            html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        }
        html.element("title", facts.documentTitle());
        html.empty("meta", "name", "author", "content", AUTHOR);
        html.empty("meta", "name", "subject", "content", Typography.set(facts.in(Labels.KICKER) + " – "
                + facts.in(facts.edition().title()) + " " + facts.years(), facts.language()));
        if (!forPdf) {
            html.empty("meta", "name", "description", "content", Typography.set(String.join(" ",
                    facts.edition().coverQuestions().stream().map(facts::in).toList()), facts.language()));
        }
        html.open("style").raw(BrochureStyle.css(facts)).close("style");
        if (forPdf) {
            html.open("bookmarks");
            for (Chapter chapter : chapters(facts)) {
                html.empty("bookmark", "name", Typography.set(chapter.title(), facts.language()), "href",
                        "#" + chapter.id());
            }
            html.close("bookmarks");
        }
        html.close("head");
    }

    private static void contents(Facts facts, Html html) {
        html.open("nav", "class", "contents", "aria-labelledby", "contents-title");
        html.element("h2", facts.in(Labels.CONTENTS), "id", "contents-title");
        html.open("ol");
        for (Chapter chapter : chapters(facts)) {
            html.open("li");
            html.element("a", chapter.title(), "href", "#" + chapter.id());
            html.close("li");
        }
        html.close("ol");
        html.close("nav");
    }
}
