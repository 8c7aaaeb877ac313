package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.domain.edition.KeyFigure;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Key figures as a strip of large numbers with their labels (blocks side by side, not list items:
 * openhtmltopdf leaves list items laid out side by side out of the PDF's structure tree): the collective projects' (team, weeks,
 * contribution, population, deadline: every one from the edition's terms and the calendar) and
 * INET's own.
 */
final class FiguresStrip {

    private FiguresStrip() {
    }

    /**
     * Writes the collective projects' figures.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     * @param definition  the collective projects' type
     * @param terms  their terms
     */
    static void collectiveProject(Facts facts, Html html, InternshipTypeDefinition definition,
            CollectiveProjectTerms terms) {
        List<ScheduledInternship> internships = facts.corpsOf(definition).stream()
                .map(c -> facts.internship(c, definition.type())).flatMap(Optional::stream).toList();
        html.open("div", "class", "figures", "role", "group", "aria-label", Typography.set(facts.in(Labels.FIGURES),
                facts.language()));
        figure(html, null, Integer.toString(terms.teamSize()), facts.in(Labels.FIGURE_TEAM));
        internships.stream().map(ScheduledInternship::weeks).distinct().forEach(
                weeks -> figure(html, null, Integer.toString(weeks.value()), facts.in(Labels.FIGURE_WEEKS)));
        figure(html, null, Labels.EURO_AMOUNT.format(facts.language(), grouped(facts, terms.contribution().amount()
                .longValue())), facts.in(Labels.FIGURE_CONTRIBUTION));
        figure(html, Labels.MORE_THAN.format(facts.language(), "").strip(), grouped(facts, terms.populationAbove()),
                facts.in(Labels.FIGURE_POPULATION));
        internships.stream().map(ScheduledInternship::offerDeadline).flatMap(Optional::stream).distinct()
                .forEach((LocalDate d) -> figure(html, null, facts.date(d), facts.in(Labels.FIGURE_DEADLINE)));
        html.close("div");
    }

    /**
     * Writes INET's key figures.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     * @param figures  the figures, in order
     */
    static void institution(Facts facts, Html html, List<KeyFigure> figures) {
        html.open("div", "class", "figures institution");
        figures.forEach(f -> figure(html, null, grouped(facts, f.value()), facts.in(f.label())));
        html.close("div");
    }

    private static void figure(Html html, String qualifier, String value, String label) {
        html.open("div", "class", value.length() > 8 ? "figure long" : "figure");
        html.open("span", "class", "figure-value");
        if (qualifier != null) {
            html.element("span", qualifier, "class", "figure-qualifier").text(" ");
        }
        html.text(value);
        html.close("span");
        html.text(" ");
        html.element("span", label, "class", "figure-label");
        html.close("div");
    }

    /** A number with the language's grouping: "40 000" (narrow no-break spaces), "40,000". */
    static String grouped(Facts facts, long value) {
        return String.format(facts.language().locale(), "%,d", value);
    }
}
