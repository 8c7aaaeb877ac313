package fr.cnfpt.inet.stages.calendar.official;

import fr.cnfpt.inet.stages.calendar.days.PublicHolidays;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The official calendars built into the library: the 2026-2027 brochure's dates, shipped in the jar
 * as {@code official-2026.json}, in the same format as a calendar a user supplies.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OfficialCalendars {

    /** The resource holding the 2026-2027 brochure's calendar. */
    public static final String BUILT_IN_RESOURCE = "official-2026.json";

    private static final OfficialCalendar BUILT_IN = load();

    private OfficialCalendars() {
    }

    /**
     * Returns the 2026-2027 brochure's calendar: the reference every projection starts from.
     *
     * @return the calendar, not null
     */
    public static OfficialCalendar builtIn() {
        return BUILT_IN;
    }

    /**
     * Reads the built-in calendar file again, with every problem the checks report (the published
     * period of the collective projects spans 10 calendar weeks for 9 declared: a warning).
     *
     * @return the result of reading it, not null
     */
    public static OfficialCalendarReader.Result check() {
        try (InputStream in = OfficialCalendars.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in calendar " + BUILT_IN_RESOURCE + " is missing from the jar");
            }
            return OfficialCalendarReader.of(Editions.current(), PublicHolidays.metropolitanFrance()).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the built-in calendar without checking its dates against the public holidays, so that
     * commands that need no holiday do not pay for loading Jollyday's tables (about 0.4 s): the
     * file never changes at run time, and {@link #check()}, run by the build's tests
     * ({@code BrochureCalendar2026Test}), checks it against them.
     */
    private static OfficialCalendar load() {
        OfficialCalendarReader.Result result;
        try (InputStream in = OfficialCalendars.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in calendar " + BUILT_IN_RESOURCE + " is missing from the jar");
            }
            result = OfficialCalendarReader.of(Editions.current(), PublicHolidays.none()).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result.calendar().orElseThrow(() -> new IllegalStateException(
                "the built-in calendar is invalid: " + result.problems()));
    }
}
