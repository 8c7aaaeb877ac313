package fr.cnfpt.inet.stages.importer.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as LibreOffice saves them in a French CSV: {@code 14/11/25}, read as 20yy and said so. */
class TwoDigitYearsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"14/11/25|2025-11-14", "1/2/27|2027-02-01", "14.11.25|2025-11-14",
            "14-11-25|2025-11-14", "29/02/28|2028-02-29", "01/01/00|2000-01-01"})
    void readsADayMonthAndTwoDigitYearAsTwentyYyAndSaysSo(String text, LocalDate date) {
        assertThat(Values.date(text)).isEqualTo(new Values.DateReading(date, true, true));
    }

    @Test
    void keepsFourDigitAndIsoYearsAsTheyAre() {
        assertThat(Values.date("14/11/2025")).isEqualTo(new Values.DateReading(LocalDate.of(2025, 11, 14), true));
        assertThat(Values.date("2025-11-14")).isEqualTo(new Values.DateReading(LocalDate.of(2025, 11, 14), true));
    }

    @Test
    void keepsTheCalendarStrictForTwoDigitYears() {
        assertThat(Values.date("31/02/25")).isEqualTo(new Values.DateReading(null, true, true));
        assertThat(Values.date("29/02/25")).isEqualTo(new Values.DateReading(null, true, true));
        assertThat(Values.date("14/11/5").date()).isNull();
        assertThat(Values.date("14/11/025").date()).isNull();
    }
}
