package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import fr.cnfpt.inet.stages.domain.internship.ExampleGroup;
import fr.cnfpt.inet.stages.domain.internship.Internship;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.internship.Phase;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One internship type's chapter: its purpose, the collective projects' terms and figures, the
 * "En bref" box, the table of objectives, arrangements and examples, and what the host gains.
 * <p>
 * The table has a column per group of corps whose texts are the same (the administrateurs and the
 * ingénieurs en chef for the observation internship), and a text every group shares is printed
 * once across the columns, as the seed does.
 */
final class InternshipChapter {

    private final Facts facts;
    private final Html html;
    private final InternshipTypeDefinition definition;

    private InternshipChapter(Facts facts, Html html, InternshipTypeDefinition definition) {
        this.facts = facts;
        this.html = html;
        this.definition = definition;
    }

    /**
     * Writes the chapter of an internship type.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     * @param definition  the type
     */
    static void write(Facts facts, Html html, InternshipTypeDefinition definition) {
        new InternshipChapter(facts, html, definition).write();
    }

    private void write() {
        String id = Facts.chapterId(definition.type());
        html.open("section", "class", "chapter internship type-" + id, "id", id, "aria-labelledby", id + "-title");
        html.open("h2", "id", id + "-title")
                .emphasised(Emphasis.chapterTitle(facts.in(definition.pluralName()), facts.language()), "em")
                .close("h2");
        definition.purpose().forEach(p -> html.element("p", facts.in(p), "class", "lead"));
        definition.collectiveProjectTerms().ifPresent(this::collectiveProject);
        AtAGlance.write(facts, html, definition);
        table();
        HostGains.write(facts, html, definition.hostBenefits());
        html.close("section");
    }

    private void collectiveProject(CollectiveProjectTerms terms) {
        html.element("p", Labels.CONTRIBUTION.format(facts.language(),
                FiguresStrip.grouped(facts, terms.contribution().amount().longValue()),
                facts.in(terms.contributionCovers())));
        FiguresStrip.collectiveProject(facts, html, definition, terms);
    }

    private void table() {
        List<List<Internship>> groups = groups();
        html.tableFrame(Facts.chapterId(definition.type()) + "-title");
        html.open("table", "class", "internship columns-" + groups.size());
        html.open("thead").open("tr");
        html.element("th", facts.in(Labels.CORPS_CONCERNED), "scope", "col", "class", "row-label");
        for (List<Internship> group : groups) {
            html.open("th", "scope", "col");
            for (int i = 0; i < group.size(); i++) {
                html.text(i == 0 ? "" : " ").element("span", facts.trainees(group.get(i).corps()), "class", "name");
            }
            html.close("th");
        }
        html.close("tr").close("thead");
        html.open("tbody");
        row(groups, facts.in(Labels.OBJECTIVES), i -> i.objectives().isEmpty() ? null : i.objectives(),
                i -> Paragraphs.write(html, texts(i.objectives())));
        row(groups, facts.in(Labels.ARRANGEMENTS), i -> i.arrangements().isEmpty() ? null : i.arrangements(),
                this::arrangements);
        row(groups, facts.in(definition.examplesHeading()), i -> i.examples().isEmpty() ? null : i.examples(),
                this::examples);
        html.close("tbody");
        html.close("table");
        html.close("div");
    }

    /** The corps' internships, grouped when their objectives, arrangements and examples are the same. */
    private List<List<Internship>> groups() {
        Map<List<Object>, List<Internship>> groups = new LinkedHashMap<>();
        for (Corps corps : facts.corpsOf(definition)) {
            Internship internship = definition.forCorps(corps).orElseThrow();
            groups.computeIfAbsent(List.of(internship.objectives(), internship.arrangements(), internship.examples()),
                    k -> new ArrayList<>()).add(internship);
        }
        return List.copyOf(groups.values());
    }

    /**
     * Writes a row, unless no group has content for it; a content every group shares is one cell
     * across the columns.
     */
    private void row(List<List<Internship>> groups, String label, Function<Internship, Object> content,
            java.util.function.Consumer<Internship> cell) {
        List<Object> contents = groups.stream().map(g -> content.apply(g.get(0))).toList();
        if (contents.stream().allMatch(Objects::isNull)) {
            return;
        }
        html.open("tr");
        html.element("th", label, "scope", "row", "class", "row-label");
        if (contents.stream().distinct().count() == 1) {
            html.open("td", "colspan", groups.size() > 1 ? Integer.toString(groups.size()) : null);
            cell.accept(groups.get(0).get(0));
            html.close("td");
        } else {
            for (List<Internship> group : groups) {
                html.open("td");
                if (content.apply(group.get(0)) != null) {
                    cell.accept(group.get(0));
                }
                html.close("td");
            }
        }
        html.close("tr");
    }

    private void arrangements(Internship internship) {
        List<String> statements = texts(internship.arrangements().statements());
        Paragraphs.write(html, statements);
        List<Phase> phases = internship.arrangements().phases();
        if (!phases.isEmpty()) {
            html.open("ul", "class", "bullets");
            phases.forEach(p -> html.element("li", facts.in(p.activity())));
            html.close("ul");
        }
    }

    private void examples(Internship internship) {
        List<String> untitled = new ArrayList<>();
        for (ExampleGroup group : internship.examples()) {
            List<String> items = texts(group.items());
            if (group.heading().isPresent()) {
                String heading = facts.in(group.heading().get());
                html.open("p", "class", "example-group")
                        .emphasised(Emphasis.phrases(heading + colon() + String.join(", ", items), facts.language(),
                                List.of(heading)), "strong")
                        .close("p");
            } else {
                untitled.addAll(items);
            }
        }
        if (!untitled.isEmpty()) {
            html.open("ul", "class", "bullets");
            untitled.forEach(i -> html.element("li", i));
            html.close("ul");
        }
    }

    private String colon() {
        return facts.language() == fr.cnfpt.inet.stages.domain.text.Language.FR ? " : " : ": ";
    }

    private List<String> texts(List<LocalizedText> texts) {
        return texts.stream().map(facts::in).toList();
    }
}
