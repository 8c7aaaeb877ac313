package fr.cnfpt.inet.stages.cli.console;

import java.io.PrintWriter;

/**
 * Prints paragraphs wrapped at a fixed width with a hanging indent, so that long French sentences
 * stay readable in an 80-to-100-column terminal.
 */
public final class TextBlock {

    public static final int WIDTH = 100;

    private final PrintWriter out;

    public TextBlock(PrintWriter out) {
        this.out = out;
    }

    /** Prints a line as is. */
    public void line(String text) {
        out.println(text);
    }

    /** Prints an empty line. */
    public void blank() {
        out.println();
    }

    /**
     * Prints a paragraph wrapped at {@link #WIDTH}: the first line starts with {@code first}, the next
     * ones with as many spaces.
     */
    public void wrapped(String first, String text) {
        String indent = " ".repeat(first.length());
        StringBuilder line = new StringBuilder(first);
        int lineStart = 0;
        for (String word : text.strip().split("\\s+")) {
            boolean atStart = line.length() == lineStart + (lineStart == 0 ? first.length() : indent.length());
            if (!atStart && line.length() - lineStart + 1 + word.length() > WIDTH) {
                line.append('\n');
                lineStart = line.length();
                line.append(indent);
                atStart = true;
            }
            line.append(atStart ? "" : " ").append(word);
        }
        out.println(line);
    }
}
