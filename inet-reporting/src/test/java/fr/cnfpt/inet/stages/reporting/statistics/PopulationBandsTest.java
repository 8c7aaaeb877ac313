package fr.cnfpt.inet.stages.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.host.Population;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The population bands of the offers report against the brochure's sentence "Le projet collectif est
 * un stage réalisé au sein d'une collectivité de plus de 40 000 habitants": a town of exactly 40,000
 * is too small, so it falls in the first band with the towns under the threshold.
 */
class PopulationBandsTest {

    private static final Path SEED = Path.of("..", "..", "shared", "seeds", "accueillir-un-eleve-en-stage-2026-2027-fr.txt");
    private static final String SENTENCE = "au sein d'une collectivité de plus de 40 000 habitants";
    private static final Edition EDITION = Editions.current();
    private static final CollectiveProjectTerms TERMS = EDITION.catalogue().collectiveProjectTerms().orElseThrow();
    private final PopulationBands bands = PopulationBands.of(EDITION);

    private PopulationBand bandOf(int inhabitants) {
        return bands.of(Optional.of(Population.of(inhabitants)));
    }

    @ParameterizedTest(name = "{0} inhabitants: {1}")
    @CsvSource({"1, UP_TO_40000", "39999, UP_TO_40000", "40000, UP_TO_40000", "40001, FROM_40001_TO_100000",
        "100000, FROM_40001_TO_100000", "100001, FROM_100001_TO_300000", "300000, FROM_100001_TO_300000",
        "300001, OVER_300000", "2147483647, OVER_300000"})
    void putsEachPopulationInTheBandOfItsBounds(int inhabitants, String band) {
        assertThat(bandOf(inhabitants).code()).isEqualTo(band);
    }

    /** "plus de 40 000 habitants": the first band holds every host too small, and only those. */
    @ParameterizedTest(name = "{0} inhabitants")
    @CsvSource({"39999", "40000", "40001", "100000", "100001", "300000", "300001"})
    void agreesWithTheCollectiveProjectRuleOnEveryBoundary(int inhabitants) {
        boolean firstBand = bandOf(inhabitants).equals(bands.all().get(0));
        assertThat(firstBand).isEqualTo(!TERMS.isLargeEnough(Population.of(inhabitants)));
    }

    @Test
    void restsOnTheSeedsSentenceAndTheEditionsThreshold() throws IOException {
        assertThat(SENTENCE).contains("plus de " + PopulationBands.french(TERMS.populationAbove()) + " habitants");
        assumeTrue(Files.exists(SEED), "the seed brochure is beside the repository (shared/seeds)");
        assertThat(Files.readString(SEED)).contains(SENTENCE);
    }

    @Test
    void takesItsFirstBoundFromTheEdition() {
        assertThat(TERMS.populationAbove()).isEqualTo(40_000);
        assertThat(bands.all().get(0).code()).isEqualTo("UP_TO_" + TERMS.populationAbove());
    }

    @Test
    void labelsTheBandsWithTheirInclusiveBounds() {
        assertThat(bands.all()).extracting(b -> b.label().fr()).containsExactly("40 000 habitants ou moins",
                "de 40 001 à 100 000 habitants", "de 100 001 à 300 000 habitants", "plus de 300 000 habitants",
                "population non renseignée");
        assertThat(bands.all()).extracting(b -> b.label().en()).containsExactly("40,000 inhabitants or fewer",
                "40,001 to 100,000 inhabitants", "100,001 to 300,000 inhabitants", "over 300,000 inhabitants",
                "population not given");
    }

    @Test
    void putsAnOfferWithoutPopulationApart() {
        assertThat(bands.of(Optional.empty())).isEqualTo(PopulationBand.NOT_GIVEN);
        assertThat(bands.all()).last().isEqualTo(PopulationBand.NOT_GIVEN);
    }

    @Test
    void followsAnotherEditionsThreshold() {
        PopulationBands higher = PopulationBands.ofThreshold(Optional.of(150_000));
        assertThat(higher.all()).extracting(PopulationBand::code).containsExactly("UP_TO_150000",
                "FROM_150001_TO_300000", "OVER_300000", "NOT_GIVEN");
        assertThat(higher.of(Optional.of(Population.of(150_000))).code()).isEqualTo("UP_TO_150000");
        assertThat(higher.of(Optional.of(Population.of(150_001))).code()).isEqualTo("FROM_150001_TO_300000");
    }

    @Test
    void keepsTheReportsSizeClassesWhenTheEditionHasNoCollectiveProjects() {
        assertThat(PopulationBands.ofThreshold(Optional.empty()).all()).extracting(PopulationBand::code)
                .containsExactly("UP_TO_100000", "FROM_100001_TO_300000", "OVER_300000", "NOT_GIVEN");
    }
}
