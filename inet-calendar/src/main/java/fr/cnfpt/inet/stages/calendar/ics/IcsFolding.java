package fr.cnfpt.inet.stages.calendar.ics;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 section 3.1 requires: ical4j counts
 * characters, and a French line of 75 characters with accents is longer than 75 octets. A fold
 * never splits a UTF-8 sequence or a surrogate pair; continuation lines start with one space. Lines
 * already folded are unfolded first.
 */
final class IcsFolding {

    private static final int MAX_OCTETS = 75;

    private IcsFolding() {
    }

    static String fold(String content) {
        String unfolded = content.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
