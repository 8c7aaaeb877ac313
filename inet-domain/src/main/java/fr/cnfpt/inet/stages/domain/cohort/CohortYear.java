package fr.cnfpt.inet.stages.domain.cohort;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.util.Objects;

/**
 * A cohort of trainees, named by the calendar year its schooling starts: cohort 2026 is the
 * "scolarité 2026-2027" of the brochure.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param year  the year the schooling starts, from 1990 to 2100
 */
public record CohortYear(int year) implements Comparable<CohortYear> {

    /** The earliest cohort the library accepts. */
    public static final int MIN_YEAR = 1990;
    /** The latest cohort the library accepts. */
    public static final int MAX_YEAR = 2100;

    /**
     * Creates a cohort year, checking its range.
     *
     * @param year  the year the schooling starts, from 1990 to 2100
     */
    public CohortYear {
        DomainException.require(year >= MIN_YEAR && year <= MAX_YEAR,
                "a cohort year must be between " + MIN_YEAR + " and " + MAX_YEAR + ": " + year);
    }

    /**
     * Obtains a cohort from the year its schooling starts.
     *
     * @param year  the year, from 1990 to 2100
     * @return the cohort, not null
     */
    public static CohortYear of(int year) {
        return new CohortYear(year);
    }

    /**
     * Parses a cohort from its year ({@code "2026"}) or its schooling years ({@code "2026-2027"}).
     *
     * @param text  the text, not null
     * @return the cohort, not null
     * @throws DomainException if the text is neither form
     */
    public static CohortYear parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        try {
            if (trimmed.matches("\\d{4}")) {
                return of(Integer.parseInt(trimmed));
            }
            if (trimmed.matches("\\d{4}-\\d{4}")) {
                CohortYear cohort = of(Integer.parseInt(trimmed.substring(0, 4)));
                DomainException.require(Integer.parseInt(trimmed.substring(5)) == cohort.year + 1,
                        "the schooling years must follow each other: " + trimmed);
                return cohort;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new DomainException("a cohort is a year such as 2026 or schooling years such as 2026-2027: " + text);
    }

    /**
     * Returns the cohort that started a year earlier.
     *
     * @return the previous cohort, not null
     */
    public CohortYear previous() {
        return of(year - 1);
    }

    /**
     * Returns the cohort that starts a year later.
     *
     * @return the next cohort, not null
     */
    public CohortYear next() {
        return of(year + 1);
    }

    /**
     * Returns the schooling years as the brochure writes them, such as {@code "2026-2027"}.
     *
     * @return the schooling years, not null
     */
    public String schoolingYears() {
        return year + "-" + (year + 1);
    }

    @Override
    public int compareTo(CohortYear other) {
        return Integer.compare(year, other.year);
    }

    /**
     * Returns the year, such as {@code "2026"}, which {@link #parse(String)} reads back.
     *
     * @return the year, not null
     */
    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
