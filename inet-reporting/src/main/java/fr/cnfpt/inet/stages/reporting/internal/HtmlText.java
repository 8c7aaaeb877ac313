package fr.cnfpt.inet.stages.reporting.internal;

/**
 * Escapes a text for HTML or XHTML: an element's content or a quoted attribute's value. The one
 * escaping of the reports written as web pages (the brochure, the statistics).
 */
public final class HtmlText {

    private HtmlText() {
    }

    /**
     * Escapes {@code & < > "}.
     *
     * @param text  the text, not null
     * @return the escaped text, not null
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
