package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.corps.Institute;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * The cover: INET's name and the school's line, the title ("Accueillir <em>un ou une élève en
 * stage</em>", never broken before its last word), the edition's years, the two questions, and, for
 * a projected edition, that its dates are provisional.
 */
final class Cover {

    private Cover() {
    }

    /**
     * Writes the cover.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     */
    static void write(Facts facts, Html html) {
        html.open("header", "class", "cover", "id", "cover");
        html.open("div", "class", "cover-band");
        html.element("p", Institute.INET.name(), "class", "wordmark");
        html.element("p", facts.in(Institute.INET.fullName()), "class", "school");
        html.open("h1", "class", "title")
                .emphasised(Emphasis.afterFirstWord(Typography.bindLastWords(facts.in(facts.edition().title())),
                        facts.language()), "em")
                .close("h1");
        html.open("p", "class", "edition");
        html.element("span", facts.in(Labels.EDITION), "class", "edition-label").text(" ");
        html.element("span", facts.years(), "class", "edition-years");
        html.close("p");
        if (facts.projected()) {
            html.element("p", facts.in(Labels.PROJECTED_DATES), "class", "provisional");
        }
        html.close("div");
        html.open("div", "class", "cover-body");
        for (LocalizedText question : facts.edition().coverQuestions()) {
            html.element("p", facts.in(question), "class", "question");
        }
        html.close("div");
        html.element("p", facts.edition().institution().website(), "class", "cover-site");
        html.close("header");
    }
}
