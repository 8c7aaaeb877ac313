package fr.cnfpt.inet.stages.reporting.brochure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The brochure's stylesheet: {@code brochure.css} of this jar (the design, for print and for
 * screens), then the page's footer: "INET · Accueillir un ou une élève en stage · 2026-2027", with
 * "Dates prévisionnelles" in a projected edition, and the page number.
 */
final class BrochureStyle {

    private static final String SHEET = read("brochure.css");

    /** The footer's type: openhtmltopdf takes a margin box's declarations from one {@code @page} rule only. */
    private static final String MARGIN_BOX = "font-family: Lato, sans-serif; font-size: 8pt; vertical-align: top;"
            + " padding-top: 5mm; ";

    private BrochureStyle() {
    }

    /**
     * Returns the stylesheet of a brochure.
     *
     * @param facts  what the brochure prints
     * @return the CSS, not null
     */
    static String css(Facts facts) {
        String footer = "INET · " + facts.in(facts.edition().title()) + " · " + facts.years();
        String provisional = facts.projected() ? facts.in(Labels.PROJECTED_SHORT) : "";
        return SHEET + "\n@page {\n"
                + "  @bottom-left { " + MARGIN_BOX + "color: #4A5670; content: " + string(facts, footer) + "; }\n"
                + "  @bottom-center { " + MARGIN_BOX + "color: #A00D25; font-weight: bold; content: "
                + string(facts, provisional) + "; }\n"
                + "  @bottom-right { " + MARGIN_BOX + "color: #4A5670; text-align: right; content: "
                + string(facts, facts.in(Labels.PAGE) + " ") + " counter(page); }\n}\n";
    }

    /** A CSS string of a text, set in the language's typography. */
    private static String string(Facts facts, String text) {
        String set = Typography.set(text, facts.language());
        return "\"" + set.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3C ") + "\"";
    }

    private static String read(String name) {
        try (InputStream in = BrochureStyle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the stylesheet " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
