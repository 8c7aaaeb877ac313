package fr.cnfpt.inet.stages.reporting.brochure;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a list of statements as the seed brochure sets them: paragraphs, except that the
 * statements after one that ends with a colon and that start with a lower-case letter are the items
 * of a bulleted list ("Il peut s'agir soit :" / "- d'une mission de pilotage…" / "- d'un renfort
 * managérial…"; "…les objectifs suivants :" / "- acquérir des compétences…").
 */
final class Paragraphs {

    private Paragraphs() {
    }

    /**
     * Writes statements as paragraphs and bulleted lists.
     *
     * @param html  the writer
     * @param statements  the statements, with plain characters, in order
     */
    static void write(Html html, List<String> statements) {
        List<String> items = new ArrayList<>();
        boolean afterColon = false;
        for (String statement : statements) {
            if (afterColon && startsLowerCase(statement)) {
                items.add(statement);
                continue;
            }
            flush(html, items);
            html.element("p", statement);
            afterColon = statement.strip().endsWith(":");
        }
        flush(html, items);
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static void flush(Html html, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.open("ul", "class", "bullets");
        items.forEach(i -> html.element("li", i));
        html.close("ul");
        items.clear();
    }
}
