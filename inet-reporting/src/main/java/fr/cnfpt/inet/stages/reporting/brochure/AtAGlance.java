package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.calendar.ScheduledInternship;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An internship page's "En bref" box: for each corps (corps with the same weeks, dates and deadline
 * share a row), the duration and period and the offer deadline, as the seed's "Durée et période"
 * cell writes them ("4 semaines du 30 mars au 24 avril 2026", "Dépôt des offres jusqu'au 24 novembre
 * 2025").
 */
final class AtAGlance {

    private record Terms(String duration, Optional<String> deadline) {
    }

    private AtAGlance() {
    }

    /**
     * Writes the box.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     * @param definition  the internship type
     */
    static void write(Facts facts, Html html, InternshipTypeDefinition definition) {
        Map<Terms, List<Corps>> rows = new LinkedHashMap<>();
        for (Corps corps : facts.corpsOf(definition)) {
            ScheduledInternship internship = facts.internship(corps, definition.type()).orElseThrow();
            rows.computeIfAbsent(new Terms(facts.duration(internship), facts.deadline(internship)),
                    k -> new ArrayList<>()).add(corps);
        }
        html.open("table", "class", "glance");
        html.element("caption", facts.in(Labels.AT_A_GLANCE));
        html.open("thead").open("tr");
        html.element("th", facts.in(Labels.CORPS_CONCERNED), "scope", "col");
        html.element("th", facts.in(Labels.DURATION), "scope", "col");
        html.close("tr").close("thead");
        html.open("tbody");
        rows.forEach((terms, corps) -> {
            html.open("tr");
            html.open("th", "scope", "row");
            for (int i = 0; i < corps.size(); i++) {
                html.text(i == 0 ? "" : " ").element("span", facts.trainees(corps.get(i)), "class", "name");
            }
            html.close("th");
            html.open("td");
            html.element("span", terms.duration(), "class", "duration");
            terms.deadline().ifPresent(d -> html.text(" ").element("span", d, "class", "deadline"));
            html.close("td");
            html.close("tr");
        });
        html.close("tbody");
        html.close("table");
    }
}
