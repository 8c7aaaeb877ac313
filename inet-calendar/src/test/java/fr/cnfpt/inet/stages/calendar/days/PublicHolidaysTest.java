package fr.cnfpt.inet.stages.calendar.days;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.host.Departement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** French public holidays from Jollyday, with Alsace-Moselle's own. */
class PublicHolidaysTest {

    private final PublicHolidays france = PublicHolidays.metropolitanFrance();
    private final PublicHolidays strasbourg = PublicHolidays.forDepartement(Departement.of("67"));

    /** 2026: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May; 2027: Whit Monday 17 May. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-04-06, Lundi de Pâques, Easter Monday",
        "2026-05-14, Ascension, Ascension Day",
        "2026-05-25, Lundi de Pentecôte, Whit Monday",
        "2027-05-17, Lundi de Pentecôte, Whit Monday",
        "2024-04-01, Lundi de Pâques, Easter Monday",
        "2025-04-21, Lundi de Pâques, Easter Monday",
        "2030-06-10, Lundi de Pentecôte, Whit Monday",
        "2038-04-26, Lundi de Pâques, Easter Monday"
    })
    void knowsTheMovableHolidays(LocalDate date, String french, String english) {
        assertThat(france.isHoliday(date)).isTrue();
        assertThat(france.name(date)).hasValueSatisfying(n -> {
            assertThat(n.fr()).isEqualTo(french);
            assertThat(n.en()).isEqualTo(english);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2026, 2027, 2033, 2040})
    void knowsTheElevenNationalHolidaysEveryYear(int year) {
        assertThat(france.in(year)).hasSize(11).containsKeys(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1),
                LocalDate.of(year, 5, 8), LocalDate.of(year, 7, 14), LocalDate.of(year, 8, 15), LocalDate.of(year, 11, 1),
                LocalDate.of(year, 11, 11), LocalDate.of(year, 12, 25));
        assertThat(java.util.List.copyOf(france.in(year).keySet())).isSorted();
    }

    /** Good Friday 26 March 2027 and 26 December are holidays in Alsace-Moselle (57, 67, 68) only. */
    @Test
    void addsGoodFridayAndSaintStephenInAlsaceMoselle() {
        assertThat(strasbourg.isHoliday(LocalDate.of(2027, 3, 26))).isTrue();
        assertThat(strasbourg.name(LocalDate.of(2026, 12, 26))).hasValueSatisfying(n -> assertThat(n.fr()).isEqualTo("Saint-Étienne"));
        assertThat(strasbourg.in(2026)).hasSize(13);
        assertThat(france.isHoliday(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(PublicHolidays.forDepartement(Departement.of("75")).isHoliday(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(PublicHolidays.forDepartement(Departement.of("57")).isHoliday(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(PublicHolidays.forDepartement(Departement.of("68")).zone()).isEqualTo("FR-68");
    }

    /** Jollyday 2.19 has no holidays of its own for the overseas départements: they get the national ones. */
    @Test
    void givesOverseasDepartementsTheNationalHolidays() {
        assertThat(PublicHolidays.forDepartement(Departement.of("974")).in(2026)).isEqualTo(france.in(2026));
    }

    @Test
    void saysAWorkingDayIsNoHoliday() {
        assertThat(france.isHoliday(LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(france.name(LocalDate.of(2026, 3, 30))).isEmpty();
    }
}
