package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Objects;

/**
 * Writes dates and periods in words, the way the brochure does: "du 30 mars au 24 avril 2026",
 * "du 1er au 19 juin 2026", "jusqu'au 24 novembre 2025"; in English "30 March to 24 April 2026",
 * "1 to 19 June 2026".
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DatesInWords {

    private DatesInWords() {
    }

    /**
     * Writes a date: "24 novembre 2025", "1er février 2027"; "24 November 2025".
     *
     * @param date  the date, not null
     * @param language  the language, not null
     * @return the date in words, not null
     */
    public static String date(LocalDate date, Language language) {
        return day(date, language) + " " + month(date, language) + " " + date.getYear();
    }

    /**
     * Writes a period: "du 30 mars au 24 avril 2026", "du 1er au 19 juin 2026", "du 12 octobre 2026 au
     * 18 janvier 2027"; "30 March to 24 April 2026".
     *
     * @param range  the period, not null
     * @param language  the language, not null
     * @return the period in words, not null
     */
    public static String period(DateRange range, Language language) {
        Objects.requireNonNull(range, "range");
        LocalDate first = range.firstDay();
        LocalDate last = range.lastDay();
        String start;
        if (first.getYear() != last.getYear()) {
            start = date(first, language);
        } else if (first.getMonth() != last.getMonth()) {
            start = day(first, language) + " " + month(first, language);
        } else {
            start = day(first, language);
        }
        return language == Language.FR
                ? "du " + start + " au " + date(last, language)
                : start + " to " + date(last, language);
    }

    /**
     * Writes a period with a choice of workweeks, as the brochure does for libraries: "du 30 ou 31 mars
     * au 17 ou 18 avril 2026"; "30 or 31 March to 17 or 18 April 2026".
     *
     * @param one  the period for one workweek, not null
     * @param other  the period for the other workweek, same months, not null
     * @param language  the language, not null
     * @return the two periods in words, not null
     */
    public static String eitherPeriod(DateRange one, DateRange other, Language language) {
        String or = language == Language.FR ? " ou " : " or ";
        String first = day(one.firstDay(), language) + or + day(other.firstDay(), language) + " "
                + month(one.firstDay(), language);
        String last = day(one.lastDay(), language) + or + day(other.lastDay(), language) + " "
                + month(one.lastDay(), language) + " " + one.lastDay().getYear();
        return language == Language.FR ? "du " + first + " au " + last : first + " to " + last;
    }

    private static String day(LocalDate date, Language language) {
        return language == Language.FR && date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
    }

    private static String month(LocalDate date, Language language) {
        return date.getMonth().getDisplayName(TextStyle.FULL, language.locale());
    }
}
