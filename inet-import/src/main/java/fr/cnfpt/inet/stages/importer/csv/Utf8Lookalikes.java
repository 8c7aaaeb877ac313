package fr.cnfpt.inet.stages.importer.csv;

/**
 * Tells, in a file read as Windows-1252, the byte sequences that are really UTF-8: a lead byte and
 * its continuation bytes (0x80 to 0xBF) that decode to a character a French file plausibly holds.
 * Read as Windows-1252, they are mojibake: {@code Ã©} for {@code é}, {@code â€™} for {@code ’}.
 * <p>
 * The plausible characters: Latin-1 Supplement and Latin Extended-A (U+00A0 to U+017F: accented
 * letters, no-break space, « », °, œ), combining accents (U+0300 to U+036F, as macOS decomposes
 * them), general punctuation (U+2000 to U+203A: typographic spaces, dashes, quotes, …), € and ™.
 * Ordinary French Windows-1252 text does not read so: {@code É} followed by a no-break space
 * (C9 A0) decodes to U+0260, {@code é} followed by a no-break space and {@code »} (E9 A0 BB) to
 * U+983B, both far from those ranges. Four-byte sequences (emoji) are not considered.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Utf8Lookalikes {

    /** The first lead byte whose sequence can be plausible: C2 (U+0080 to U+00BF). */
    static final int FIRST_LEAD = 0xC2;
    /** The last lead byte whose sequence can be plausible: E2 (U+2000 to U+2FFF). */
    static final int LAST_LEAD = 0xE2;

    private Utf8Lookalikes() {
    }

    /**
     * Tells whether a plausible UTF-8 sequence starts at an index.
     *
     * @param bytes  the bytes
     * @param at  the index of the lead byte, between {@link #FIRST_LEAD} and {@link #LAST_LEAD}
     * @param limit  the end of the bytes available
     * @return true if the bytes from {@code at} are a whole UTF-8 sequence of a plausible character
     */
    static boolean startsAt(byte[] bytes, int at, int limit) {
        int lead = bytes[at] & 0xFF;
        if (lead < 0xE0) {
            return at + 1 < limit && isContinuation(bytes[at + 1])
                    && isPlausible(((lead & 0x1F) << 6) | (bytes[at + 1] & 0x3F));
        }
        return at + 2 < limit && isContinuation(bytes[at + 1]) && isContinuation(bytes[at + 2])
                && isPlausible(((lead & 0x0F) << 12) | ((bytes[at + 1] & 0x3F) << 6) | (bytes[at + 2] & 0x3F));
    }

    /**
     * Tells whether a character is one a French file plausibly holds, among those a UTF-8 sequence
     * starting with {@link #FIRST_LEAD} to {@link #LAST_LEAD} gives.
     *
     * @param codePoint  the character
     * @return true if plausible
     */
    static boolean isPlausible(int codePoint) {
        return codePoint >= 0x00A0 && codePoint <= 0x017F
                || codePoint >= 0x0300 && codePoint <= 0x036F
                || codePoint >= 0x2000 && codePoint <= 0x203A
                || codePoint == 0x20AC
                || codePoint == 0x2122;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
