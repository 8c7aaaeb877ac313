package fr.cnfpt.inet.stages.domain.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DepartementTest {

    @Test
    void mapsBasRhinToGrandEst() {
        Departement basRhin = Departement.of("67");
        assertThat(basRhin.name()).isEqualTo("Bas-Rhin");
        assertThat(basRhin.region()).contains(Region.GRAND_EST);
        assertThat(basRhin.isAlsaceMoselle()).isTrue();
    }

    @Test
    void knowsAlsaceMoselleDepartements() {
        assertThat(Departement.all()).filteredOn(Departement::isAlsaceMoselle).extracting(Departement::code)
                .containsExactly("57", "67", "68");
    }

    /** The 96 mainland départements, 5 overseas départements and 6 overseas collectivities. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"GRAND_EST, 10", "ILE_DE_FRANCE, 8", "OCCITANIE, 13", "NOUVELLE_AQUITAINE, 12", "AUVERGNE_RHONE_ALPES, 12",
        "HAUTS_DE_FRANCE, 5", "BRETAGNE, 4", "NORMANDIE, 5", "PAYS_DE_LA_LOIRE, 5", "CENTRE_VAL_DE_LOIRE, 6",
        "BOURGOGNE_FRANCHE_COMTE, 8", "PROVENCE_ALPES_COTE_D_AZUR, 6", "CORSE, 2", "GUADELOUPE, 1", "MARTINIQUE, 1",
        "GUYANE, 1", "LA_REUNION, 1", "MAYOTTE, 1"})
    void countsTheDepartementsOfEachRegion(Region region, int count) {
        Map<Region, Long> counts = Departement.all().stream().filter(d -> d.region().isPresent())
                .collect(Collectors.groupingBy(d -> d.region().get(), Collectors.counting()));
        assertThat(counts.get(region)).isEqualTo(count);
    }

    @Test
    void listsEveryCodeOnceInCodeOrder() {
        assertThat(Departement.all()).hasSize(107).doesNotHaveDuplicates();
        assertThat(Departement.all()).extracting(Departement::code).startsWith("01", "02").containsSubsequence("19", "2A", "2B", "21")
                .endsWith("976", "977", "978", "986", "987", "988");
        assertThat(Departement.all()).filteredOn(Departement::isCollectiviteOutreMer).extracting(Departement::code)
                .containsExactly("975", "977", "978", "986", "987", "988");
    }

    @ParameterizedTest
    @CsvSource({"2a, 2A", "' 67 ', 67", "1, 01", "9, 09", "971, 971"})
    void readsCodesAsPeopleTypeThem(String typed, String code) {
        assertThat(Departement.fromCode(typed)).map(Departement::code).contains(code);
        assertThat(Departement.of(code).toString()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "00", "96", "999", "", "6 7", "2C", "979"})
    void rejectsCorsicaOldCode20AndOtherUnknownCodes(String code) {
        assertThat(Departement.fromCode(code)).isEmpty();
        assertThatThrownBy(() -> Departement.of(code)).isInstanceOf(DomainException.class)
                .hasMessageContaining("2A and 2B");
    }

    @Test
    void knowsOverseasDepartements() {
        assertThat(Departement.of("974").isOverseas()).isTrue();
        assertThat(Departement.of("974").region()).contains(Region.LA_REUNION);
        assertThat(Departement.of("988").region()).isEmpty();
        assertThat(Departement.of("2B").isOverseas()).isFalse();
    }

    @Test
    void regionsAreFoundByInseeCode() {
        assertThat(Region.values()).hasSize(18);
        assertThat(Region.fromInseeCode("44")).contains(Region.GRAND_EST);
        assertThat(Region.fromInseeCode("06")).contains(Region.MAYOTTE);
        assertThat(Region.fromInseeCode("05")).isEmpty();
        assertThat(Region.BRETAGNE.label().en()).isEqualTo("Brittany");
    }
}
