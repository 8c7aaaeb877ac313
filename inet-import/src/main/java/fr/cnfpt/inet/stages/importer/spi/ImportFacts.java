package fr.cnfpt.inet.stages.importer.spi;

import java.util.Objects;

/**
 * What an importer reports of a file once read: how many data rows it had (not the header, not
 * blank lines), in which format and encoding, and whether it could read the file to its end with
 * a usable header (if not, a problem says why and every row counted was rejected or stands before
 * the point of failure), and what part of it was left unread.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param rows  the number of data rows, not negative
 * @param format  the format read, such as {@code csv}, not null
 * @param encoding  the encoding read, such as {@code windows-1252}, or the empty string where it does not apply, not null
 * @param complete  true if the file was read to its end with a usable header
 * @param unread  the part of the file not read (where reading stopped and could not resume), or
 *     {@link Unread#NOTHING}, not null
 */
public record ImportFacts(long rows, String format, String encoding, boolean complete, Unread unread) {

    /**
     * Creates the facts.
     *
     * @param rows  the rows, not negative
     * @param format  the format, not null
     * @param encoding  the encoding, not null
     * @param complete  whether the file was read to its end
     * @param unread  the part not read, not null
     */
    public ImportFacts {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(unread, "unread");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        if (complete && !unread.isNothing()) {
            throw new IllegalArgumentException("a file read to its end has nothing unread: " + unread);
        }
    }

    /**
     * Creates the facts of a file whose unread part, if any, is not known: what importers written
     * before {@link Unread} return. Prefer the canonical constructor when reading stops early.
     *
     * @param rows  the rows, not negative
     * @param format  the format, not null
     * @param encoding  the encoding, not null
     * @param complete  whether the file was read to its end
     */
    public ImportFacts(long rows, String format, String encoding, boolean complete) {
        this(rows, format, encoding, complete, Unread.NOTHING);
    }
}
