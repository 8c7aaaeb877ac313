package fr.cnfpt.inet.stages.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    /** "4 semaines du 30 mars au 24 avril 2026": both ends included. */
    private final DateRange observation = DateRange.ofClosed(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 24));

    @Test
    void includesBothEnds() {
        assertThat(observation.contains(LocalDate.of(2026, 3, 30))).isTrue();
        assertThat(observation.contains(LocalDate.of(2026, 4, 24))).isTrue();
        assertThat(observation.contains(LocalDate.of(2026, 4, 25))).isFalse();
        assertThat(observation.lengthInDays()).isEqualTo(26);
        assertThat(observation.days()).hasSize(26);
    }

    @Test
    void printsIsoTextThatParsesBack() {
        assertThat(observation).hasToString("2026-03-30/2026-04-24");
        assertThat(DateRange.parse(observation.toString())).isEqualTo(observation);
    }

    @Test
    void knowsOverlapsAndEnclosures() {
        DateRange thematique = DateRange.ofClosed(LocalDate.of(2026, 5, 26), LocalDate.of(2026, 7, 10));
        DateRange schooling = DateRange.ofClosed(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 7, 31));
        assertThat(observation.overlaps(thematique)).isFalse();
        assertThat(schooling.encloses(observation)).isTrue();
        assertThat(observation.overlaps(DateRange.ofClosed(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 1)))).isTrue();
    }

    @Test
    void rejectsALastDayBeforeTheFirst() {
        assertThatThrownBy(() -> DateRange.ofClosed(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 3, 30)))
                .isInstanceOf(DomainException.class).hasMessageContaining("before the first day");
        assertThatThrownBy(() -> DateRange.parse("2026-03-30")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> DateRange.parse("2026-02-31/2026-03-01")).isInstanceOf(DomainException.class);
    }
}
