package fr.cnfpt.inet.stages.importer.columns;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the values people type in spreadsheets: dates in French or ISO form, numbers with spaces
 * between thousands and decimal commas, lists of codes. Returns null for what it cannot read;
 * never throws.
 */
final class Values {

    /** What spreadsheets write after a date when the cell holds a date and time: midnight. */
    private static final Pattern MIDNIGHT = Pattern.compile("00:00(:00(\\.0+)?)?");
    private static final int MAX_DIGITS = 18;
    /** The century of a year written with two digits ({@code 14/11/25} is 14/11/2025). */
    private static final int TWO_DIGIT_CENTURY = 2000;

    /** The words that join list items: "ADMINISTRATEUR et INGENIEUR_EN_CHEF". */
    private static final List<String> CONJUNCTIONS = List.of("et", "and", "&");

    private Values() {
    }

    /**
     * The outcome of reading a date: the date, or why it is not one, and whether its year was written
     * with two digits (read as 20yy: a warning says so).
     */
    record DateReading(LocalDate date, boolean wellFormed, boolean twoDigitYear) {

        DateReading(LocalDate date, boolean wellFormed) {
            this(date, wellFormed, false);
        }
    }

    /**
     * Reads {@code dd/MM/yyyy} (also with {@code -} or {@code .}, one-digit day and month allowed),
     * {@code dd/MM/yy} as LibreOffice saves French dates (the year read as 20yy), or ISO
     * {@code yyyy-MM-dd} (a time after it, as spreadsheets write, is ignored if midnight). A
     * well-formed date that does not exist (31/02/2026, 31/02/25) has {@code wellFormed} true and no
     * date.
     */
    static DateReading date(String text) {
        String s = text.strip();
        if (s.length() >= 16 && s.charAt(4) == '-' && (s.charAt(10) == 'T' || s.charAt(10) == ' ')
                && MIDNIGHT.matcher(s).region(11, s.length()).matches()) {
            s = s.substring(0, 10);
        }
        int[] parts = new int[3];
        int part = 0;
        int digits = 0;
        int value = 0;
        char separator = 0;
        int[] widths = new int[3];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 4) {
                    return new DateReading(null, false);
                }
                value = value * 10 + (c - '0');
            } else if ((c == '/' || c == '-' || c == '.') && digits > 0 && part < 2
                    && (separator == 0 || separator == c)) {
                separator = c;
                widths[part] = digits;
                parts[part++] = value;
                digits = 0;
                value = 0;
            } else {
                return new DateReading(null, false);
            }
        }
        if (part != 2 || digits == 0) {
            return new DateReading(null, false);
        }
        widths[2] = digits;
        parts[2] = value;
        int year;
        int month = parts[1];
        int day;
        if (widths[0] == 4 && separator == '-' && widths[1] <= 2 && widths[2] <= 2) {
            year = parts[0];
            day = parts[2];
        } else if ((widths[2] == 4 || widths[2] == 2) && widths[0] <= 2 && widths[1] <= 2) {
            year = widths[2] == 2 ? TWO_DIGIT_CENTURY + parts[2] : parts[2];
            day = parts[0];
        } else {
            return new DateReading(null, false);
        }
        boolean twoDigitYear = widths[0] <= 2 && widths[2] == 2;
        try {
            return new DateReading(LocalDate.of(year, month, day), true, twoDigitYear);
        } catch (DateTimeException e) {
            return new DateReading(null, true, twoDigitYear);
        }
    }

    /**
     * Reads a whole number, allowing spaces (also non-breaking), apostrophes, or a comma or point
     * between groups of three digits ({@code 120 000}, {@code 120,000}), and a zero decimal part
     * ({@code 120000.0}, as spreadsheets export).
     */
    static Long integer(String text) {
        if (!text.isEmpty() && text.length() <= MAX_DIGITS && digitsAt(text, 0) == text.length()) {
            return Long.parseLong(text);
        }
        String s = withoutGrouping(text);
        int sign = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        String digits = grouped(s, sign);
        if (digits == null) {
            digits = whole(s, sign);
        }
        if (digits == null || digits.length() > MAX_DIGITS) {
            return null;
        }
        long value = Long.parseLong(digits);
        return sign == 1 && s.charAt(0) == '-' ? -value : value;
    }

    /**
     * Reads digits grouped by three after a first group of one to three, each group after a comma
     * or a point ({@code 120,000}, {@code 1.200.000}); returns the digits, or null if the text is
     * not so written.
     */
    private static String grouped(String s, int from) {
        int first = digitsAt(s, from);
        if (first < 1 || first > 3 || from + first == s.length()) {
            return null;
        }
        StringBuilder digits = new StringBuilder(s.length()).append(s, from, from + first);
        for (int i = from + first; i < s.length(); i += 4) {
            char c = s.charAt(i);
            if ((c != '.' && c != ',') || digitsAt(s, i + 1) != 3) {
                return null;
            }
            digits.append(s, i + 1, i + 4);
        }
        return digits.toString();
    }

    /** Reads digits, then perhaps a zero decimal part ({@code 120000.0}); returns the digits, or null. */
    private static String whole(String s, int from) {
        int count = digitsAt(s, from);
        int end = from + count;
        if (count == 0) {
            return null;
        }
        if (end < s.length()) {
            char c = s.charAt(end);
            if ((c != '.' && c != ',') || end + 1 == s.length()) {
                return null;
            }
            for (int i = end + 1; i < s.length(); i++) {
                if (s.charAt(i) != '0') {
                    return null;
                }
            }
        }
        return s.substring(from, end);
    }

    /** Reads an amount: {@code 4000}, {@code 4 000,00 €}, {@code 4.000,50}, {@code 4000.5}, {@code EUR 4000}. */
    static BigDecimal amount(String text) {
        String s = withoutGrouping(text.replace("€", "").replace("EUR", "").replace("eur", ""));
        int comma = s.lastIndexOf(',');
        int point = s.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            s = comma > point ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        return isDecimal(s) ? new BigDecimal(s) : null;
    }

    /** @return true if the text is a sign perhaps, 1 to 15 digits, then perhaps a point and 1 to 6 digits */
    private static boolean isDecimal(String s) {
        int i = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        int whole = digitsAt(s, i);
        if (whole < 1 || whole > 15) {
            return false;
        }
        i += whole;
        if (i == s.length()) {
            return true;
        }
        int fraction = s.charAt(i) == '.' ? digitsAt(s, i + 1) : 0;
        return fraction >= 1 && fraction <= 6 && i + 1 + fraction == s.length();
    }

    /** @return how many ASCII digits follow one another from the index (0 past the end) */
    private static int digitsAt(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** Splits a list of codes on commas, semicolons, slashes, plus signs, pipes, line breaks, "et" and "and". */
    static List<String> list(String text) {
        if (isSingleWord(text)) {
            return List.of(text.strip());
        }
        List<String> items = new ArrayList<>();
        if (!hasWhitespace(text)) {
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || isSeparator(text.charAt(i)) || text.charAt(i) == '&') {
                    if (i > start) {
                        items.add(text.substring(start, i));
                    }
                    start = i + 1;
                }
            }
            return items;
        }
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                addItem(items, text, start, i);
                start = ++i;
            } else if (isSpace(c)) {
                int word = skipSpaces(text, i);
                int after = conjunctionEnd(text, word);
                if (after > 0 && after < text.length() && isSpace(text.charAt(after))) {
                    addItem(items, text, start, i);
                    start = skipSpaces(text, after);
                    i = start;
                } else {
                    i = nextLineBreak(text, i + 1, word);
                }
            } else {
                i++;
            }
        }
        addItem(items, text, start, text.length());
        return items;
    }

    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The characters that separate list items (besides "et", "and" and "&" between spaces). */
    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == '/' || c == '+' || c == '|' || c == '\n' || c == '\r';
    }

    /** Adds a list item, stripped, unless blank. */
    private static void addItem(List<String> items, String text, int start, int end) {
        String item = text.substring(start, end);
        if (!item.isBlank()) {
            items.add(item.strip());
        }
    }

    /** The white space of regular expressions' {@code \s}: space, tab, line breaks, vertical tab, form feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The first line break (a separator) in a run of spaces, or the run's end. */
    private static int nextLineBreak(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** If "et", "and" or "&" (any case) starts at the index, the index after it; else -1. */
    private static int conjunctionEnd(String text, int at) {
        for (String word : CONJUNCTIONS) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return at + word.length();
            }
        }
        return -1;
    }

    /** @return true if the text holds no list separator and no space ("ADMINISTRATEUR") */
    private static boolean isSingleWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '/' || c == '+' || c == '|' || c == '\n' || c == '\r' || c == '&'
                    || Character.isWhitespace(c)) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static String withoutGrouping(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\'' && c != '’') {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Shortens a value for a message: 40 characters at most. */
    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
