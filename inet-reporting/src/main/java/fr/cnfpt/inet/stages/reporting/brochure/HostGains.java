package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.internship.HostBenefit;
import java.util.List;

/**
 * What hosting brings the host, as one callout on every internship page, marked as the seed marks
 * its last one: "LE +" (in English "What you gain").
 */
final class HostGains {

    private HostGains() {
    }

    /**
     * Writes the callout, if the type states a benefit.
     *
     * @param facts  what the brochure prints
     * @param html  the writer
     * @param benefits  the type's benefits for the host, in order
     */
    static void write(Facts facts, Html html, List<HostBenefit> benefits) {
        if (benefits.isEmpty()) {
            return;
        }
        html.open("aside", "class", "gain");
        html.element("p", HostBenefit.MARKER.in(facts.language()), "class", "gain-mark");
        html.open("div", "class", "gain-text");
        if (benefits.size() == 1) {
            html.element("p", facts.in(benefits.get(0).text()));
        } else {
            html.open("ul");
            benefits.forEach(b -> html.element("li", facts.in(b.text())));
            html.close("ul");
        }
        html.close("div");
        html.close("aside");
    }
}
