package fr.cnfpt.inet.stages.importer.run;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.validation.Validation;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link ImportRun} reads its files, the options of {@code inet validate}: the encoding,
 * CSV separator and Excel sheet when they are not to be detected, the cohort of rows that do not say
 * theirs, the limits, the most problems kept per file and the importer of every file.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReadingOptions {

    private static final ReadingOptions DEFAULTS = new ReadingOptions(null, null, null, null, ImportLimits.defaults(),
            Validation.DEFAULT_MAX_PROBLEMS, null);

    private final Charset encoding;
    private final Character separator;
    private final String sheet;
    private final CohortYear cohort;
    private final ImportLimits limits;
    private final int maxProblems;
    private final String importer;

    private ReadingOptions(Charset encoding, Character separator, String sheet, CohortYear cohort,
            ImportLimits limits, int maxProblems, String importer) {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("at least one problem is kept per file: " + maxProblems);
        }
        this.encoding = encoding;
        this.separator = separator;
        this.sheet = sheet;
        this.cohort = cohort;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.maxProblems = maxProblems;
        this.importer = importer;
    }

    /**
     * Returns the options that detect everything, with the default limits and
     * {@link Validation#DEFAULT_MAX_PROBLEMS} problems kept per file.
     *
     * @return the options, not null
     */
    public static ReadingOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy reading CSV files in an encoding.
     *
     * @param forced  the encoding, or null to detect it (byte-order mark, strict UTF-8, else Windows-1252)
     * @return the options, not null
     */
    public ReadingOptions withEncoding(Charset forced) {
        return new ReadingOptions(forced, separator, sheet, cohort, limits, maxProblems, importer);
    }

    /**
     * Returns a copy reading CSV files with a separator.
     *
     * @param forced  the separator, or null to detect it from the header
     * @return the options, not null
     */
    public ReadingOptions withSeparator(Character forced) {
        return new ReadingOptions(encoding, forced, sheet, cohort, limits, maxProblems, importer);
    }

    /**
     * Returns a copy reading an Excel sheet.
     *
     * @param name  the sheet's name, or null for the first
     * @return the options, not null
     */
    public ReadingOptions withSheet(String name) {
        return new ReadingOptions(encoding, separator, name, cohort, limits, maxProblems, importer);
    }

    /**
     * Returns a copy whose rows belong to a cohort.
     *
     * @param year  the cohort of rows without one, and the one every row must belong to; or null
     * @return the options, not null
     */
    public ReadingOptions withCohort(CohortYear year) {
        return new ReadingOptions(encoding, separator, sheet, year, limits, maxProblems, importer);
    }

    /**
     * Returns a copy with other limits.
     *
     * @param bounds  the limits, not null
     * @return the options, not null
     */
    public ReadingOptions withLimits(ImportLimits bounds) {
        return new ReadingOptions(encoding, separator, sheet, cohort, bounds, maxProblems, importer);
    }

    /**
     * Returns a copy keeping another number of problems per file; the others are counted.
     *
     * @param max  the most problems kept per file, at least 1
     * @return the options, not null
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public ReadingOptions withMaxProblems(int max) {
        return new ReadingOptions(encoding, separator, sheet, cohort, limits, max, importer);
    }

    /**
     * Returns a copy reading every file with one importer, unless the file names its own
     * ({@link ImportFile#withImporter}).
     *
     * @param id  the importer's id, or null to choose it from each file's extension
     * @return the options, not null
     */
    public ReadingOptions withImporter(String id) {
        return new ReadingOptions(encoding, separator, sheet, cohort, limits, maxProblems, id);
    }

    /** @return the encoding of CSV files, if not detected */
    public Optional<Charset> encoding() {
        return Optional.ofNullable(encoding);
    }

    /** @return the CSV separator, if not detected */
    public Optional<Character> separator() {
        return Optional.ofNullable(separator);
    }

    /** @return the Excel sheet, if not the first */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** @return the cohort of the rows, if given */
    public Optional<CohortYear> cohort() {
        return Optional.ofNullable(cohort);
    }

    /** @return the limits, not null */
    public ImportLimits limits() {
        return limits;
    }

    /** @return the most problems kept per file, at least 1 */
    public int maxProblems() {
        return maxProblems;
    }

    /** @return the importer of every file, if not chosen from each file's extension */
    public Optional<String> importer() {
        return Optional.ofNullable(importer);
    }

    /**
     * Builds the importer's request for a file.
     *
     * @param file  the file, not null
     * @param content  how the run opens it, not null
     * @return the request, not null
     */
    ImportRequest request(ImportFile file, ImportRequest.Content content) {
        return ImportRequest.of(file.name(), content, file.kind()).withEncoding(encoding).withSeparator(separator)
                .withSheet(sheet).withCohort(cohort).withLimits(limits);
    }
}
