package fr.cnfpt.inet.stages.domain.internship;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.host.Population;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "au sein d'une collectivité de plus de 40 000 habitants": more than 40,000, so 40,000 is not enough. */
class CollectiveProjectTermsTest {

    private final CollectiveProjectTerms terms = Editions.current().catalogue().collectiveProjectTerms().orElseThrow();

    @ParameterizedTest(name = "{0} inhabitants: {1}")
    @CsvSource({"1, false", "39999, false", "40000, false", "40001, true", "1150000, true"})
    void admitsOnlyLocalAuthoritiesOfMoreThanTheThreshold(int inhabitants, boolean largeEnough) {
        assertThat(terms.populationAbove()).isEqualTo(40_000);
        assertThat(terms.isLargeEnough(Population.of(inhabitants))).isEqualTo(largeEnough);
    }
}
