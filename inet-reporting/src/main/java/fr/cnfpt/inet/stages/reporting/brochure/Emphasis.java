package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seed brochure's emphasis, which the edition's plain texts do not carry: the title's and the
 * chapters' qualifiers in italics ("Accueillir <em>un ou une élève en stage</em>", "Stages
 * <em>d'observation</em>"), and the hosting pitch's two phrases in bold. A phrase the text no longer
 * contains (a later edition's wording) is simply not emphasised. Each function returns the text
 * {@link Typography#set set}, cut into segments.
 */
final class Emphasis {

    /** The phrases the seed sets in bold in the hosting pitch ("Quelles sont les périodes de stages ?"). */
    private static final Map<Language, List<String>> PITCH = Map.of(
            Language.FR, List.of("bénéficier d'un regard extérieur et rigoureux",
                    "différentes possibilités pour accueillir un ou une élève de l'INET"),
            Language.EN, List.of("benefit from a rigorous outside perspective",
                    "different ways of hosting an INET trainee"));

    /**
     * A part of a text, emphasised or not.
     *
     * @param text  the part, set in the language's typography
     * @param emphasised  whether it is emphasised
     */
    record Segment(String text, boolean emphasised) {
    }

    private Emphasis() {
    }

    /**
     * The words after the first emphasised: "Accueillir <em>un ou une élève en stage</em>",
     * "Stages <em>d'observation</em>".
     */
    static List<Segment> afterFirstWord(String text, Language language) {
        String set = Typography.set(text, language);
        int space = set.indexOf(' ');
        return space < 0 ? List.of(new Segment(set, false))
                : List.of(new Segment(set.substring(0, space + 1), false), new Segment(set.substring(space + 1), true));
    }

    /** The last word emphasised: "Une formation <em>professionnalisante</em>". */
    static List<Segment> lastWord(String text, Language language) {
        String set = Typography.set(text, language);
        int space = set.lastIndexOf(' ');
        return space < 0 ? List.of(new Segment(set, true))
                : List.of(new Segment(set.substring(0, space + 1), false), new Segment(set.substring(space + 1), true));
    }

    /** The words before the last emphasised: "<em>Observation</em> internships". */
    static List<Segment> beforeLastWord(String text, Language language) {
        String set = Typography.set(text, language);
        int space = set.lastIndexOf(' ');
        return space < 0 ? List.of(new Segment(set, false))
                : List.of(new Segment(set.substring(0, space), true), new Segment(set.substring(space), false));
    }

    /** A chapter's title as the seed sets it: its qualifier in italics (French: after the noun; English: before it). */
    static List<Segment> chapterTitle(String title, Language language) {
        return language == Language.FR ? afterFirstWord(title, language) : beforeLastWord(title, language);
    }

    /** A paragraph of the hosting pitch, with the seed's bold phrases. */
    static List<Segment> pitch(String paragraph, Language language) {
        return phrases(paragraph, language, PITCH.get(language));
    }

    /**
     * Emphasises every occurrence of some phrases.
     *
     * @param text  the text, with plain characters
     * @param language  its language
     * @param phrases  the phrases to emphasise, with plain characters
     * @return the segments, in order, not empty
     */
    static List<Segment> phrases(String text, Language language, List<String> phrases) {
        String set = Typography.set(text, language);
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = -1;
            String found = null;
            for (String phrase : phrases) {
                String setPhrase = Typography.set(phrase, language);
                int at = set.indexOf(setPhrase, from);
                if (at >= 0 && (start < 0 || at < start)) {
                    start = at;
                    found = setPhrase;
                }
            }
            if (found == null) {
                break;
            }
            if (start > from) {
                segments.add(new Segment(set.substring(from, start), false));
            }
            segments.add(new Segment(found, true));
            from = start + found.length();
        }
        if (from < set.length() || segments.isEmpty()) {
            segments.add(new Segment(set.substring(from), false));
        }
        return segments;
    }
}
