package fr.cnfpt.inet.stages.reporting.brochure;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where a line may break: where the JDK's line breaker allows it (openhtmltopdf's default), except
 * after an apostrophe inside a word. The JDK breaks "jusqu'au" after the typographic apostrophe (’),
 * which print never does: "jusqu’" at the end of a line, "au" on the next. Not thread-safe: one per
 * layout.
 */
final class LineBreaks implements FSTextBreaker {

    private final FSTextBreaker delegate;
    private String text = "";

    LineBreaks(Locale locale) {
        this.delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(locale));
    }

    @Override
    public void setText(String newText) {
        this.text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int boundary = delegate.next();
        while (boundary > 0 && boundary < text.length() && isApostrophe(text.charAt(boundary - 1))
                && Character.isLetter(text.charAt(boundary))) {
            boundary = delegate.next();
        }
        return boundary;
    }

    private static boolean isApostrophe(char c) {
        return c == '’' || c == '\'';
    }
}
