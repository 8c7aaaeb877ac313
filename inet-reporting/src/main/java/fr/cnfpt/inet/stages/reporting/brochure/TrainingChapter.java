package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.curriculum.Curriculum;
import fr.cnfpt.inet.stages.domain.curriculum.Parcours;
import fr.cnfpt.inet.stages.domain.curriculum.Topic;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * "En quoi consiste la formation initiale à l'INET ?": the introduction, the double objective and the
 * common principles (statements with their bulleted points), then the parcours and itinéraires as
 * cards.
 */
final class TrainingChapter {

    /** The chapter's id. */
    static final String ID = "training";

    private TrainingChapter() {
    }

    /**
     * Writes the chapter.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     */
    static void write(Facts facts, Html html) {
        Curriculum curriculum = facts.edition().curriculum();
        html.open("section", "class", "chapter training", "id", ID, "aria-labelledby", ID + "-title");
        html.element("p", facts.in(Labels.KICKER), "class", "kicker");
        html.element("h2", facts.in(Labels.TRAINING), "id", ID + "-title");
        curriculum.introduction().forEach(p -> html.element("p", facts.in(p), "class", "lead"));
        html.element("h3", facts.in(Labels.DOUBLE_OBJECTIVE), "class", "keep-with-next");
        topics(facts, html, curriculum.doubleObjective());
        html.element("h3", facts.in(Labels.PRINCIPLES), "class", "keep-with-next");
        topics(facts, html, curriculum.principles());
        html.open("h3", "class", "keep-with-next parcours-title")
                .emphasised(Emphasis.lastWord(facts.in(Labels.PROFESSIONALISING), facts.language()), "em")
                .close("h3");
        cards(facts, html, curriculum.parcours().size() + " " + facts.in(Labels.PARCOURS), curriculum.parcours(),
                "parcours");
        cards(facts, html, curriculum.itineraires().size() + " " + facts.in(Labels.ITINERAIRES),
                curriculum.itineraires(), "itineraires");
        html.close("section");
    }

    private static void topics(Facts facts, Html html, List<Topic> topics) {
        for (Topic topic : topics) {
            html.open("div", "class", "topic");
            html.element("p", facts.in(topic.statement()), "class", "statement");
            if (!topic.points().isEmpty()) {
                html.open("ul", "class", "bullets");
                topic.points().forEach(p -> html.element("li", facts.in(p)));
                html.close("ul");
            }
            html.close("div");
        }
    }

    private static void cards(Facts facts, Html html, String title, List<Parcours> parcours, String kind) {
        html.element("h4", title, "class", "keep-with-next cards-title");
        // Blocks with headings, not a list: openhtmltopdf leaves list items laid out side by side
        // out of the PDF's structure tree.
        html.open("div", "class", "cards " + kind);
        for (Parcours one : parcours) {
            html.open("div", "class", "card");
            html.element("h5", facts.in(one.title()), "class", "card-title");
            audience(facts, html, one);
            html.element("p", facts.in(one.contents()));
            html.close("div");
        }
        html.close("div");
    }

    /** "(pour les élèves conservateurs et conservatrices territoriaux de bibliothèques)", for a parcours not for every corps. */
    private static void audience(Facts facts, Html html, Parcours parcours) {
        if (parcours.audience().containsAll(EnumSet.allOf(Corps.class))) {
            return;
        }
        List<String> trainees = parcours.audience().stream().map(facts::trainees)
                .map(t -> t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1)).toList();
        html.element("p", "(" + Labels.FOR_TRAINEES.format(facts.language(), facts.join(trainees)) + ")",
                "class", "card-audience");
    }
}
