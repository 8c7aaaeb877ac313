package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the brochure's HTML: well-formed XHTML that browsers read as HTML5 and openhtmltopdf
 * parses as XML. Every text goes through {@link Typography}; attribute values are escaped. Not
 * thread-safe: one writer per document.
 */
final class Html {

    private static final Set<String> VOID_ELEMENTS = Set.of("meta", "br", "hr", "img", "link", "col");

    private final StringBuilder out = new StringBuilder(96 * 1024);
    private final Language language;
    private final boolean forPdf;

    /**
     * @param language  the language of the document's texts
     * @param forPdf  true for the markup openhtmltopdf lays out (ordinals as superscript letters, see
     *        {@link Typography#printHtml}), false for the web page
     */
    Html(Language language, boolean forPdf) {
        this.language = Objects.requireNonNull(language, "language");
        this.forPdf = forPdf;
    }

    /** @return the language of the document's texts */
    Language language() {
        return language;
    }

    /**
     * Opens an element.
     *
     * @param tag  the element's name
     * @param attributes  names and values, in pairs; a pair whose value is null is left out
     * @return this writer
     */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** Closes an element. */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes an element without content: {@code <br/>}, or {@code <span class="x"></span>}. */
    Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        if (VOID_ELEMENTS.contains(tag)) {
            out.append("/>");
        } else {
            out.append("></").append(tag).append('>');
        }
        return this;
    }

    /** Writes a text, set in the document's typography. */
    Html text(String text) {
        out.append(forPdf ? Typography.printHtml(text, language) : Typography.html(text, language));
        return this;
    }

    /**
     * Opens the frame of a wide table: on a narrow screen the table scrolls sideways inside it (WCAG
     * 1.4.10 lets a data table keep its two dimensions), and the frame can take the keyboard's focus
     * so that it can be scrolled without a pointer. Closed by {@code close("div")}.
     *
     * @param labelledBy  the id of the heading that names the table
     */
    Html tableFrame(String labelledBy) {
        return open("div", "class", "table-frame", "role", "region", "tabindex", "0", "aria-labelledby", labelledBy);
    }

    /** Writes an element holding a text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * Writes a text with some of its parts emphasised.
     *
     * @param segments  the text's parts, in order
     * @param tag  the element of the emphasised parts: {@code em} or {@code strong}
     * @return this writer
     */
    Html emphasised(List<Emphasis.Segment> segments, String tag) {
        for (Emphasis.Segment segment : segments) {
            String html = forPdf ? Typography.setPrintHtml(segment.text(), language)
                    : Typography.setHtml(segment.text(), language);
            if (segment.emphasised()) {
                out.append('<').append(tag).append('>').append(html).append("</").append(tag).append('>');
            } else {
                out.append(html);
            }
        }
        return this;
    }

    /** Writes markup as it is: only for markup this package builds. */
    Html raw(String html) {
        out.append(html);
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(Typography.escape(attributes[i + 1]))
                        .append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
