package fr.cnfpt.inet.stages.importer.json;

/**
 * Turns a byte's place on a line into the column of its character, counting the characters of
 * the line being read: Jackson counts columns in bytes, and {@code é} is two bytes of UTF-8. The
 * count moves forward only, and is carried from one buffer to the next, so that a JSON array
 * written on one line costs one pass over its bytes, not one per record.
 * <p>
 * Instances are not thread-safe: one per file being read.
 */
final class CharacterColumns {

    /** Where the line being counted starts in the stream; -1 before the first line. */
    private long lineStart = -1;
    /** Where the count stopped in the stream. */
    private long counted;
    /** The characters from the line's start to {@link #counted}. */
    private long characters;

    /**
     * Returns the column of a byte, counting the characters of its line from the last count on.
     * Bytes no longer in the buffer are counted one character each (exact for ASCII).
     *
     * @param buffer  the bytes read
     * @param bufferStart  where {@code buffer[0]} is in the stream
     * @param filled  how many bytes the buffer holds
     * @param line  where the byte's line starts in the stream
     * @param position  where the byte is in the stream
     * @return the column, 1-based, or 0 if the byte is not on that line
     */
    long column(byte[] buffer, long bufferStart, int filled, long line, long position) {
        if (line < 0 || position < line) {
            return 0;
        }
        if (line != lineStart || position < counted) {
            lineStart = line;
            counted = line;
            characters = 0;
        }
        long gone = Math.min(position, Math.max(counted, bufferStart)) - counted;
        characters += gone;
        counted += gone;
        long to = Math.min(position, bufferStart + filled);
        for (int i = (int) (counted - bufferStart), end = (int) (to - bufferStart); i < end; i++) {
            if ((buffer[i] & 0xC0) != 0x80) {
                characters++;
            }
        }
        counted = Math.max(counted, to);
        return characters + (position - counted) + 1;
    }
}
