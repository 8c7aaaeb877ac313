package fr.cnfpt.inet.stages.domain.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.DomainException;
import org.junit.jupiter.api.Test;

class HostIdentityTest {

    private static Host commune(String name, String departement) {
        return Host.of(HostKind.COMMUNE, name, HostLocation.in(Departement.of(departement)));
    }

    @Test
    void sameNameWithoutCaseAccentsOrPunctuationInSameDepartementIsSameHost() {
        HostIdentity a = commune("Ville de Saint-Étienne", "42").identity();
        HostIdentity b = commune("VILLE DE SAINT  ETIENNE", "42").identity();
        assertThat(a.isSameHostAs(b)).isTrue();
        assertThat(a.nameKey()).isEqualTo("ville de saint etienne");
    }

    @Test
    void sameNameInAnotherDepartementIsAnotherHost() {
        assertThat(commune("Conseil départemental", "67").identity()
                .isSameHostAs(commune("Conseil departemental", "68").identity())).isFalse();
    }

    @Test
    void ligaturesAreSpeltOut() {
        assertThat(HostIdentity.nameKey("Cœur de Lorraine")).isEqualTo("coeur de lorraine");
    }

    @Test
    void siretsDecideWhenBothAreGiven() {
        Host renamed = commune("Eurométropole de Strasbourg", "67").withSiret(Siret.of("246 700 488 00017"));
        Host sameSiret = commune("Strasbourg Eurométropole", "67").withSiret(Siret.of("24670048800017"));
        Host otherSiret = commune("Eurométropole de Strasbourg", "67").withSiret(Siret.of("24670048800025"));
        assertThat(renamed.identity().isSameHostAs(sameSiret.identity())).isTrue();
        assertThat(renamed.identity().isSameHostAs(otherSiret.identity())).isFalse();
    }

    @Test
    void nameAndPlaceDecideWhenOnlyOneSiretIsGiven() {
        Host withSiret = commune("Ville de Colmar", "68").withSiret(Siret.of("21680066600017"));
        assertThat(withSiret.identity().isSameHostAs(commune("ville de colmar", "68").identity())).isTrue();
    }

    @Test
    void aSiretAloneNamesOnlyHostsThatGiveThatSiret() {
        HostIdentity bySiret = HostIdentity.of(Siret.of("21680066600017"));
        Host colmar = commune("Ville de Colmar", "68");
        assertThat(bySiret.isSameHostAs(colmar.withSiret(Siret.of("21680066600017")).identity())).isTrue();
        assertThat(colmar.withSiret(Siret.of("21680066600017")).identity().isSameHostAs(bySiret)).isTrue();
        assertThat(bySiret.isSameHostAs(colmar.identity())).isFalse();
        assertThat(colmar.identity().isSameHostAs(bySiret)).isFalse();
        assertThat(bySiret.location()).isEmpty();
        assertThat(bySiret).hasToString("SIRET 21680066600017");
    }

    @Test
    void aNameAndPlaceWithASiretAreComparedBySiretWithHostsThatGiveOne() {
        HostIdentity typed = HostIdentity.of("Ville de Colmar", HostLocation.in(Departement.of("68")))
                .withSiret(Siret.of("21680066600017"));
        assertThat(typed.isSameHostAs(commune("Colmar", "68").withSiret(Siret.of("21680066600017")).identity()))
                .isTrue();
        assertThat(typed.isSameHostAs(commune("Ville de Colmar", "68").identity())).isTrue();
    }

    @Test
    void hostsAbroadAreComparedByCountry() {
        Host cologne = Host.of(HostKind.ETABLISSEMENT_CULTUREL, "Stadt Köln", HostLocation.abroad(new Country("DE")));
        assertThat(cologne.identity().isSameHostAs(HostIdentity.of("stadt koln", HostLocation.abroad(new Country("DE")))))
                .isTrue();
        assertThat(cologne.identity().toString()).isEqualTo("stadt koln (DE)");
    }

    @Test
    void rejectsMalformedSiret() {
        assertThatThrownBy(() -> Siret.of("1234")).isInstanceOf(DomainException.class).hasMessageContaining("14 digits");
        assertThatThrownBy(() -> Siret.of("2468A048800017")).isInstanceOf(DomainException.class);
    }

    @Test
    void rejectsBlankName() {
        assertThatThrownBy(() -> HostIdentity.of(" - ", HostLocation.in(Departement.of("67"))))
                .isInstanceOf(DomainException.class);
    }
}
