package fr.cnfpt.inet.stages.domain.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EurosTest {

    @Test
    void comparesAmountsByValue() {
        assertThat(Euros.of(4_000)).isEqualTo(Euros.of(new BigDecimal("4000.00")))
                .hasSameHashCodeAs(Euros.of(new BigDecimal("4000.0")));
        assertThat(Euros.of(4_000).times(3)).isEqualTo(Euros.of(12_000));
        assertThat(Euros.of(4_000)).hasToString("4000.00 EUR");
    }

    @Test
    void rejectsNegativeAmountsAndZeroWeeks() {
        assertThatThrownBy(() -> Euros.of(-1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Weeks.of(0)).isInstanceOf(DomainException.class);
    }
}
