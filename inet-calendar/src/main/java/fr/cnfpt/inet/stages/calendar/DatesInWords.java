package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.calendar.days.WorkweekPeriod;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Objects;

/**
 * Writes dates and periods in words, the way the brochure does: "du 30 mars au 24 avril 2026",
 * "du 1er au 19 juin 2026", "jusqu'au 24 novembre 2025"; in English "from 30 March to 24 April 2026",
 * "from 1 to 19 June 2026", so that "4 weeks " and the period read "4 weeks from 30 March to 24 April
 * 2026", as "4 semaines " and "du 30 mars au 24 avril 2026" do.
 * <p>
 * An internship that hosts of several workweeks may take is written with its alternatives, each
 * named once: "du 30 ou 31 mars au 17 ou 18 avril 2026" (Monday to Friday or Tuesday to Saturday),
 * "du 30 mars au 16 ou 17 avril 2027" when both workweeks start on the same day (29 March 2027 is
 * Easter Monday). No alternative is ever written twice ("30 ou 30").
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
        Objects.requireNonNull(date, "date");
        return day(date, language) + " " + month(date, language) + " " + date.getYear();
    }

    /**
     * Writes a period: "du 30 mars au 24 avril 2026", "du 1er au 19 juin 2026", "du 12 octobre 2026 au
     * 18 janvier 2027"; "from 30 March to 24 April 2026".
     *
     * @param range  the period, not null
     * @param language  the language, not null
     * @return the period in words, not null
     */
    public static String period(DateRange range, Language language) {
        Objects.requireNonNull(range, "range");
        return periods(List.of(range), language);
    }

    /**
     * Writes a period with a choice of workweeks, as the brochure does for libraries: "du 30 ou 31 mars
     * au 17 ou 18 avril 2026"; "from 30 or 31 March to 17 or 18 April 2026". A day both periods share is
     * written once: "du 30 mars au 16 ou 17 avril 2027"; two equal periods are one period.
     *
     * @param one  the period for one workweek, not null
     * @param other  the period for the other workweek, not null
     * @param language  the language, not null
     * @return the two periods in words, not null
     */
    public static String eitherPeriod(DateRange one, DateRange other, Language language) {
        Objects.requireNonNull(one, "one");
        Objects.requireNonNull(other, "other");
        return periods(List.of(one, other), language);
    }

    /**
     * Writes an internship's dates: its period, with its other workweeks' alternatives if it has any
     * ("du 30 ou 31 mars au 17 ou 18 avril 2026").
     *
     * @param internship  the scheduled internship, not null
     * @param language  the language, not null
     * @return the dates in words, not null
     */
    public static String of(ScheduledInternship internship, Language language) {
        Objects.requireNonNull(internship, "internship");
        return periods(internship.allPeriods().stream().map(WorkweekPeriod::period).toList(), language);
    }

    /**
     * Writes one or more alternative periods: the first days, each different one once and in
     * order, then the last days likewise. The year is written once at the end unless the days span
     * two years; the month is written after each day unless all the days fall in one month and no
     * first day has an alternative.
     *
     * @param ranges  the periods, not empty, not null
     * @param language  the language, not null
     * @return the periods in words, not null
     */
    public static String periods(List<DateRange> ranges, Language language) {
        Objects.requireNonNull(language, "language");
        Alternatives starts = Alternatives.of(ranges.stream().map(DateRange::firstDay).toList());
        Alternatives ends = Alternatives.of(ranges.stream().map(DateRange::lastDay).toList());
        boolean oneYear = starts.withEnds(ends).inOneYear();
        boolean oneMonth = starts.withEnds(ends).inOneMonth() && starts.days().size() == 1;
        String start = starts.words(language, oneYear ? (oneMonth ? Detail.DAY : Detail.MONTH) : Detail.YEAR);
        String end = ends.words(language, Detail.YEAR);
        return language == Language.FR ? "du " + start + " au " + end : "from " + start + " to " + end;
    }

    private static String day(LocalDate date, Language language) {
        return language == Language.FR && date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
    }

    private static String month(LocalDate date, Language language) {
        return date.getMonth().getDisplayName(TextStyle.FULL, language.locale());
    }

    /** How much of a date to write: the day only, the day and month, or the whole date. */
    private enum Detail {
        DAY, MONTH, YEAR
    }

    /**
     * Alternative days, each different one once, in order.
     *
     * @param days  the days, distinct and sorted, not empty
     */
    private record Alternatives(List<LocalDate> days) {

        static Alternatives of(List<LocalDate> days) {
            if (days.isEmpty()) {
                throw new IllegalArgumentException("no period to write");
            }
            return new Alternatives(days.stream().distinct().sorted().toList());
        }

        Alternatives withEnds(Alternatives ends) {
            return new Alternatives(java.util.stream.Stream.concat(days.stream(), ends.days.stream()).toList());
        }

        boolean inOneYear() {
            return days.stream().map(LocalDate::getYear).distinct().count() == 1;
        }

        boolean inOneMonth() {
            return inOneYear() && days.stream().map(LocalDate::getMonth).distinct().count() == 1;
        }

        /** "30 ou 31 mars", "31 mars ou 1er avril", "31 décembre 2027 ou 1er janvier 2028"; the detail is written once at the end where the days share it. */
        String words(Language language, Detail detail) {
            String or = language == Language.FR ? " ou " : " or ";
            boolean sameMonth = inOneMonth();
            boolean sameYear = inOneYear();
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                boolean last = i == days.size() - 1;
                words.append(i == 0 ? "" : last ? or : ", ").append(DatesInWords.day(day, language));
                boolean month = detail != Detail.DAY && (last || !sameMonth);
                boolean year = detail == Detail.YEAR && (last || !sameYear);
                if (month) {
                    words.append(' ').append(month(day, language));
                }
                if (year) {
                    words.append(' ').append(day.getYear());
                }
            }
            return words.toString();
        }
    }
}
