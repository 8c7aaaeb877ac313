package fr.cnfpt.inet.stages.importer.spi;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import: a file's name and content, the kind of records it holds, and the reader's
 * options when they are not to be detected (encoding, separator, sheet), the cohort of rows that
 * do not say theirs, and the limits to keep to.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param fileName  the file's name, used in problems and to choose a format, not null
 * @param content  opens the content; may be called more than once, not null
 * @param kind  the kind of records, not null
 * @param encoding  the encoding, or null to detect it (byte-order mark, then strict UTF-8, then Windows-1252)
 * @param separator  the CSV separator, or null to detect it
 * @param sheet  the Excel sheet, or null for the first
 * @param cohort  the cohort of rows without one, and the cohort every row must belong to; or null
 * @param limits  the limits, not null
 */
public record ImportRequest(String fileName, Content content, RecordKind kind, Charset encoding, Character separator,
        String sheet, CohortYear cohort, ImportLimits limits) {

    /** Opens a file's content. */
    @FunctionalInterface
    public interface Content {
        /**
         * Opens the content from its start.
         *
         * @return a new stream, not null
         * @throws IOException if it cannot be opened
         */
        InputStream open() throws IOException;
    }

    /**
     * Creates a request.
     *
     * @param fileName  the file's name, not null
     * @param content  the content, not null
     * @param kind  the kind of records, not null
     * @param encoding  the encoding, or null to detect
     * @param separator  the separator, or null to detect
     * @param sheet  the sheet, or null for the first
     * @param cohort  the cohort, or null
     * @param limits  the limits, not null
     */
    public ImportRequest {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * Obtains a request with every option detected and the default limits.
     *
     * @param fileName  the file's name, not null
     * @param content  the content, not null
     * @param kind  the kind of records, not null
     * @return the request, not null
     */
    public static ImportRequest of(String fileName, Content content, RecordKind kind) {
        return new ImportRequest(fileName, content, kind, null, null, null, null, ImportLimits.defaults());
    }

    /**
     * Returns a copy read in an encoding.
     *
     * @param forced  the encoding, or null to detect it
     * @return the request, not null
     */
    public ImportRequest withEncoding(Charset forced) {
        return new ImportRequest(fileName, content, kind, forced, separator, sheet, cohort, limits);
    }

    /**
     * Returns a copy read with a CSV separator.
     *
     * @param forced  the separator, or null to detect it
     * @return the request, not null
     */
    public ImportRequest withSeparator(Character forced) {
        return new ImportRequest(fileName, content, kind, encoding, forced, sheet, cohort, limits);
    }

    /**
     * Returns a copy reading an Excel sheet.
     *
     * @param name  the sheet's name, or null for the first
     * @return the request, not null
     */
    public ImportRequest withSheet(String name) {
        return new ImportRequest(fileName, content, kind, encoding, separator, name, cohort, limits);
    }

    /**
     * Returns a copy whose rows belong to a cohort.
     *
     * @param year  the cohort, or null
     * @return the request, not null
     */
    public ImportRequest withCohort(CohortYear year) {
        return new ImportRequest(fileName, content, kind, encoding, separator, sheet, year, limits);
    }

    /**
     * Returns a copy with other limits.
     *
     * @param bounds  the limits, not null
     * @return the request, not null
     */
    public ImportRequest withLimits(ImportLimits bounds) {
        return new ImportRequest(fileName, content, kind, encoding, separator, sheet, cohort, bounds);
    }

    /**
     * Opens the content, bounded by {@link ImportLimits#maxFileBytes()}: reading past the limit
     * throws {@link FileTooLargeException}.
     *
     * @return a new stream, not null
     * @throws IOException if the content cannot be opened
     */
    public InputStream openBounded() throws IOException {
        return new BoundedInputStream(content.open(), limits.maxFileBytes());
    }

    /** @return the encoding forced by the user, if any */
    public Optional<Charset> forcedEncoding() {
        return Optional.ofNullable(encoding);
    }

    /** @return the separator forced by the user, if any */
    public Optional<Character> forcedSeparator() {
        return Optional.ofNullable(separator);
    }

    /** @return the sheet asked for, if any */
    public Optional<String> forcedSheet() {
        return Optional.ofNullable(sheet);
    }

    /** @return the cohort the rows belong to, if given */
    public Optional<CohortYear> forcedCohort() {
        return Optional.ofNullable(cohort);
    }
}
