package fr.cnfpt.inet.stages.domain.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CohortYearTest {

    /** Cohort 2026 is the "scolarité 2026-2027" of the brochure. */
    @Test
    void namesTheSchoolingYearsFromTheYearItStarts() {
        assertThat(CohortYear.of(2026).schoolingYears()).isEqualTo("2026-2027");
        assertThat(CohortYear.parse("2026-2027")).isEqualTo(CohortYear.of(2026));
        assertThat(CohortYear.parse(" 2026 ")).isEqualTo(CohortYear.of(2026));
        assertThat(CohortYear.parse(CohortYear.of(2031).toString())).isEqualTo(CohortYear.of(2031));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26", "2026-2028", "deux mille", "1989", "2101", "2026/2027"})
    void rejectsWhatIsNotACohort(String text) {
        assertThatThrownBy(() -> CohortYear.parse(text)).isInstanceOf(DomainException.class);
    }

    @Test
    void ordersCohortsByYear() {
        assertThat(CohortYear.of(2026).previous()).isEqualTo(CohortYear.of(2025));
        assertThat(CohortYear.of(2026).next()).isGreaterThan(CohortYear.of(2026));
    }
}
