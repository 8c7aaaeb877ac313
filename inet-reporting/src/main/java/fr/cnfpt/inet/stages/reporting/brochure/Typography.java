package fr.cnfpt.inet.stages.reporting.brochure;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.internal.HtmlText;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a text as print sets it. The edition's texts are stored with plain characters ("l'INET",
 * "Un stage à proposer ?", "« hors les murs »"); every text the brochure prints goes through here.
 * <p>
 * French (the Imprimerie nationale's rules, one space for each case): a narrow no-break space
 * (U+202F) before {@code ; ! ?}, a no-break space (U+00A0) before {@code :} and inside « », straight
 * double quotes made « », typographic apostrophes (’), "..." made an ellipsis (…), a no-break space
 * between a number and the word or unit after it ("4 semaines", "30 mars", "4 000 €") and inside a
 * number's groups of three digits; "1er" set as in print, 1<sup>er</sup>, by {@link #html}.
 * English: typographic apostrophes and double quotes, the ellipsis, and the no-break space after a
 * number.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Typography {

    /** U+00A0, the no-break space. */
    static final char NO_BREAK_SPACE = '\u00A0';
    /** U+202F, the narrow no-break space. */
    static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private static final Pattern SPACE_BEFORE_HIGH_PUNCTUATION =
            Pattern.compile("(?<=[^\\s\\u00A0\\u202F])[ \\u00A0\\u202F]?([;!?])(?=\\s|$|[»)\\]\"\\u00A0\\u202F])");
    private static final Pattern SPACE_BEFORE_COLON =
            Pattern.compile("(?<=[^\\s\\u00A0\\u202F])[ \\u00A0\\u202F]?:(?=\\s|$)");
    private static final Pattern OPENING_GUILLEMET = Pattern.compile("«[ \\u00A0\\u202F]*");
    private static final Pattern CLOSING_GUILLEMET = Pattern.compile("[ \\u00A0\\u202F]*»");
    private static final Pattern NUMBER_THEN_WORD = Pattern.compile("(?<=\\d) (?=[\\p{L}€%])");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[ \\u00A0](?=\\d{3}(?!\\d))");
    private static final Pattern STRAIGHT_QUOTE = Pattern.compile("\"");
    private static final Pattern FRENCH_ORDINAL = Pattern.compile("(?<![\\p{L}\\p{N}])1(er|re)(?![\\p{L}\\p{N}])");

    private Typography() {
    }

    /**
     * Sets a text in a language's typography.
     *
     * @param text  the text with plain characters, not null
     * @param language  the language of the text, not null
     * @return the text with its typographic characters, not null
     */
    static String set(String text, Language language) {
        Objects.requireNonNull(text, "text");
        String set = text.replace("...", "…");
        set = quotes(set, language);
        set = set.replace('\'', '’');
        set = NUMBER_THEN_WORD.matcher(set).replaceAll(String.valueOf(NO_BREAK_SPACE));
        if (language == Language.FR) {
            set = THOUSANDS.matcher(set).replaceAll(String.valueOf(NARROW_NO_BREAK_SPACE));
            set = OPENING_GUILLEMET.matcher(set).replaceAll("«" + NO_BREAK_SPACE);
            set = CLOSING_GUILLEMET.matcher(set).replaceAll(NO_BREAK_SPACE + "»");
            set = SPACE_BEFORE_HIGH_PUNCTUATION.matcher(set).replaceAll(NARROW_NO_BREAK_SPACE + "$1");
            set = SPACE_BEFORE_COLON.matcher(set).replaceAll(NO_BREAK_SPACE + ":");
        }
        return set;
    }

    /**
     * Sets a text and writes it as HTML phrasing content: escaped, and, in French, the ordinal "1er"
     * as {@code 1<sup>er</sup>}.
     *
     * @param text  the text with plain characters, not null
     * @param language  the language of the text, not null
     * @return the HTML, not null
     */
    static String html(String text, Language language) {
        return setHtml(set(text, language), language);
    }

    /**
     * Sets a text and writes it as HTML phrasing content for the PDF: as {@link #html}, but the
     * ordinal's letters are the superscript letters "1ᵉʳ" (Lato draws them) rather than a {@code sup}
     * element, which openhtmltopdf draws after the rest of its line: the PDF's text then reads "du 1
     * au 19 juin 2026er" when copied or searched.
     *
     * @param text  the text with plain characters, not null
     * @param language  the language of the text, not null
     * @return the HTML, not null
     */
    static String printHtml(String text, Language language) {
        return setPrintHtml(set(text, language), language);
    }

    /**
     * Writes an already set text as HTML phrasing content for the PDF (see {@link #printHtml}).
     *
     * @param setText  a text {@link #set} already, not null
     * @param language  the language of the text, not null
     * @return the HTML, not null
     */
    static String setPrintHtml(String setText, Language language) {
        String escaped = escape(setText);
        return language == Language.FR
                ? FRENCH_ORDINAL.matcher(escaped).replaceAll(m -> "1" + superscript(m.group(1)))
                : escaped;
    }

    /** "er" as "ᵉʳ", "re" as "ʳᵉ": the modifier letters of the ordinals' two letters. */
    private static String superscript(String letters) {
        return letters.replace("e", "\u1D49").replace("r", "\u02B3");
    }

    /**
     * Writes an already set text as HTML phrasing content (see {@link #html}).
     *
     * @param setText  a text {@link #set} already, not null
     * @param language  the language of the text, not null
     * @return the HTML, not null
     */
    static String setHtml(String setText, Language language) {
        String escaped = escape(setText);
        return language == Language.FR ? FRENCH_ORDINAL.matcher(escaped).replaceAll("1<sup>$1</sup>") : escaped;
    }

    /**
     * Binds the last two words of a title, so that a line never holds its last word alone ("en / stage").
     *
     * @param title  the title, not null
     * @return the title with a no-break space before its last word, not null
     */
    static String bindLastWords(String title) {
        int last = title.stripTrailing().lastIndexOf(' ');
        return last <= 0 ? title : title.substring(0, last) + NO_BREAK_SPACE + title.substring(last + 1);
    }

    /**
     * Escapes the characters HTML and XML reserve, in text and in attribute values.
     *
     * @param text  the text, not null
     * @return the escaped text, not null
     */
    static String escape(String text) {
        return HtmlText.escape(text);
    }

    /** Pairs straight double quotes: « » in French, “ ” in English. */
    private static String quotes(String text, Language language) {
        if (text.indexOf('"') < 0) {
            return text;
        }
        String open = language == Language.FR ? "« " : "“";
        String close = language == Language.FR ? " »" : "”";
        Matcher quote = STRAIGHT_QUOTE.matcher(text);
        StringBuilder paired = new StringBuilder();
        boolean opening = true;
        while (quote.find()) {
            quote.appendReplacement(paired, opening ? open : close);
            opening = !opening;
        }
        quote.appendTail(paired);
        return paired.toString();
    }
}
