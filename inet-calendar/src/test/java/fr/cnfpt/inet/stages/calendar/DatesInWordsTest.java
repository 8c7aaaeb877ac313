package fr.cnfpt.inet.stages.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods in words, as the brochure writes them. */
class DatesInWordsTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "2026-03-30 | 2026-04-24 | du 30 mars au 24 avril 2026 | from 30 March to 24 April 2026",
        "2026-06-01 | 2026-06-19 | du 1er au 19 juin 2026 | from 1 to 19 June 2026",
        "2027-02-01 | 2027-03-19 | du 1er février au 19 mars 2027 | from 1 February to 19 March 2027",
        "2026-10-12 | 2027-01-15 | du 12 octobre 2026 au 15 janvier 2027 | from 12 October 2026 to 15 January 2027"
    })
    void writesPeriodsAsTheBrochure(LocalDate first, LocalDate last, String french, String english) {
        assertThat(DatesInWords.period(DateRange.ofClosed(first, last), Language.FR)).isEqualTo(french);
        assertThat(DatesInWords.period(DateRange.ofClosed(first, last), Language.EN)).isEqualTo(english);
    }

    /** "4 semaines du 30 mars au 24 avril 2026" reads in English "4 weeks from 30 March to 24 April 2026". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"FR | 4 semaines du 30 mars au 24 avril 2026", "EN | 4 weeks from 30 March to 24 April 2026"})
    void readsAfterTheNumberOfWeeks(Language language, String words) {
        String weeks = language == Language.FR ? "4 semaines " : "4 weeks ";
        assertThat(weeks + DatesInWords.period(DateRange.parse("2026-03-30/2026-04-24"), language)).isEqualTo(words);
    }

    /** "3 semaines du 30 ou 31 mars au 17 ou 18 avril 2026". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"FR | du 30 ou 31 mars au 17 ou 18 avril 2026",
        "EN | from 30 or 31 March to 17 or 18 April 2026"})
    void writesBothWorkweeksAsTheBrochure(Language language, String words) {
        assertThat(DatesInWords.eitherPeriod(DateRange.parse("2026-03-30/2026-04-17"), DateRange.parse("2026-03-31/2026-04-18"),
                language)).isEqualTo(words);
    }

    /**
     * A day both workweeks share is written once: in 2027 Easter Monday (29 March) moves the
     * Monday-to-Friday start to Tuesday 30 March, the Tuesday-to-Saturday start.
     */
    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', value = {
        "2027-03-30/2027-04-16 | 2027-03-30/2027-04-17 | FR | du 30 mars au 16 ou 17 avril 2027",
        "2027-03-30/2027-04-16 | 2027-03-30/2027-04-17 | EN | from 30 March to 16 or 17 April 2027",
        "2027-03-30/2027-04-16 | 2027-03-30/2027-04-16 | FR | du 30 mars au 16 avril 2027",
        "2030-03-29/2030-04-19 | 2030-03-30/2030-04-20 | FR | du 29 ou 30 mars au 19 ou 20 avril 2030",
        "2026-03-31/2026-04-17 | 2026-04-01/2026-04-18 | FR | du 31 mars ou 1er avril au 17 ou 18 avril 2026",
        "2026-03-31/2026-04-17 | 2026-04-01/2026-04-18 | EN | from 31 March or 1 April to 17 or 18 April 2026",
        "2026-06-01/2026-06-19 | 2026-06-02/2026-06-20 | FR | du 1er ou 2 juin au 19 ou 20 juin 2026",
        "2027-12-06/2027-12-31 | 2027-12-07/2028-01-01 | FR | du 6 ou 7 décembre 2027 au 31 décembre 2027 ou 1er janvier 2028",
        "2026-03-31/2026-04-18 | 2026-03-30/2026-04-17 | FR | du 30 ou 31 mars au 17 ou 18 avril 2026"
    })
    void writesEachAlternativeOnceAndInOrder(String one, String other, Language language, String words) {
        assertThat(DatesInWords.eitherPeriod(DateRange.parse(one), DateRange.parse(other), language)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2025-11-24 | 24 novembre 2025 | 24 November 2025", "2027-02-01 | 1er février 2027 | 1 February 2027"})
    void writesDates(LocalDate date, String french, String english) {
        assertThat(DatesInWords.date(date, Language.FR)).isEqualTo(french);
        assertThat(DatesInWords.date(date, Language.EN)).isEqualTo(english);
    }
}
