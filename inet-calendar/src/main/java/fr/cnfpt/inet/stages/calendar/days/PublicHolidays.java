package fr.cnfpt.inet.stages.calendar.days;

import de.focus_shift.jollyday.core.Holiday;
import fr.cnfpt.inet.stages.calendar.internal.JollydayFrance;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays ("jours fériés") of a place in France, from Jollyday, a maintained holiday
 * library: no Easter formula is written here.
 * <ul>
 * <li>{@link #metropolitanFrance()}: the eleven national holidays (1 January, Easter Monday, 1 May,
 * 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 and 11 November, 25 December);</li>
 * <li>{@link #forDepartement(Departement)} for Moselle (57), Bas-Rhin (67) and Haut-Rhin (68): also
 * Good Friday and 26 December, Jollyday's subdivisions "57", "67" and "68" of France. INET itself is
 * in Strasbourg (67).</li>
 * </ul>
 * Jollyday 2.19 knows no holidays of its own for the overseas départements (such as the abolition
 * of slavery): they get the national holidays, and the limit is documented in {@code docs/calendar.md}.
 * <p>
 * This class is immutable and thread-safe; the holidays of each year are computed once.
 */
public final class PublicHolidays {

    private static final PublicHolidays METROPOLITAN = new PublicHolidays("FR", new String[0]);
    /** No holiday at all: to read the built-in calendar, already checked against the real ones. */
    private static final PublicHolidays NONE = new PublicHolidays("none", null);
    private static final Map<String, PublicHolidays> ALSACE_MOSELLE = Map.of(
            "57", new PublicHolidays("FR-57", new String[] {"57"}),
            "67", new PublicHolidays("FR-67", new String[] {"67"}),
            "68", new PublicHolidays("FR-68", new String[] {"68"}));

    private final String zone;
    private final String[] subdivisions;
    private final Map<Integer, SortedMap<LocalDate, LocalizedText>> byYear = new ConcurrentHashMap<>();

    private PublicHolidays(String zone, String[] subdivisions) {
        this.zone = zone;
        this.subdivisions = subdivisions;
    }

    /**
     * Returns the national public holidays of mainland France.
     *
     * @return the holidays, not null
     */
    public static PublicHolidays metropolitanFrance() {
        return METROPOLITAN;
    }

    /**
     * Returns no holiday at all, without loading Jollyday's tables: for reading the built-in
     * calendar, whose dates the build's tests check against the real holidays.
     *
     * @return the empty holidays, not null
     */
    public static PublicHolidays none() {
        return NONE;
    }

    /**
     * Returns the public holidays of a département: the national ones, plus Good Friday and
     * 26 December in Alsace-Moselle.
     *
     * @param departement  the département, not null
     * @return the holidays, not null
     */
    public static PublicHolidays forDepartement(Departement departement) {
        Objects.requireNonNull(departement, "departement");
        return ALSACE_MOSELLE.getOrDefault(departement.code(), METROPOLITAN);
    }

    /**
     * Returns the zone these holidays are for: "FR", or "FR-67" for a département with holidays of its own.
     *
     * @return the zone, not null
     */
    public String zone() {
        return zone;
    }

    /**
     * Checks whether a date is a public holiday.
     *
     * @param date  the date, not null
     * @return true on a public holiday
     */
    public boolean isHoliday(LocalDate date) {
        return in(date.getYear()).containsKey(date);
    }

    /**
     * Returns the name of the holiday on a date.
     *
     * @param date  the date, not null
     * @return the name in French and English, or empty if the date is not a holiday
     */
    public Optional<LocalizedText> name(LocalDate date) {
        return Optional.ofNullable(in(date.getYear()).get(Objects.requireNonNull(date, "date")));
    }

    /**
     * Returns the holidays of a year, in date order.
     *
     * @param year  the year
     * @return the holidays with their names, unmodifiable, not null
     */
    public SortedMap<LocalDate, LocalizedText> in(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    private SortedMap<LocalDate, LocalizedText> compute(int year) {
        SortedMap<LocalDate, LocalizedText> holidays = new TreeMap<>();
        if (subdivisions == null) {
            return Collections.unmodifiableSortedMap(holidays);
        }
        for (Holiday holiday : JollydayFrance.manager().getHolidays(Year.of(year), subdivisions)) {
            holidays.put(holiday.getDate(), HolidayNames.of(holiday.getPropertiesKey(),
                    holiday.getDescription(Locale.FRENCH), holiday.getDescription(Locale.ENGLISH)));
        }
        return Collections.unmodifiableSortedMap(holidays);
    }

    @Override
    public String toString() {
        return "PublicHolidays[" + zone + "]";
    }
}
