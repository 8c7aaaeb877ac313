package fr.cnfpt.inet.stages.domain.rule;

import static fr.cnfpt.inet.stages.domain.rule.OfferFixture.city;
import static fr.cnfpt.inet.stages.domain.rule.OfferFixture.collectiveProject;
import static fr.cnfpt.inet.stages.domain.rule.OfferFixture.host;
import static fr.cnfpt.inet.stages.domain.rule.OfferFixture.offer;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.host.Country;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.Supervisor;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.quantity.Euros;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The brochure's rules on offers, as scenarios. */
class OfferRulesTest {

    private final Edition edition = Editions.current();

    private List<String> codes(Offer offer) {
        return OfferRules.check(offer, edition).stream().map(v -> v.code().value()).toList();
    }

    @Test
    void acceptsAWellFormedCollectiveProjectInALargeCity() {
        assertThat(OfferRules.check(collectiveProject(city(70_000)), edition)).isEmpty();
    }

    /** "au sein d'une collectivité de plus de 40 000 habitants": 40,000 itself is not more. */
    @ParameterizedTest(name = "{0} inhabitants: {1}")
    @CsvSource({"10000, true", "39999, true", "40000, true", "40001, false", "300000, false"})
    void rejectsCollectiveProjectInTownOfFortyThousandOrFewer(int inhabitants, boolean rejected) {
        List<Violation> violations = OfferRules.check(collectiveProject(city(inhabitants)), edition);
        assertThat(violations.stream().anyMatch(v -> v.code().value().equals("COLLECTIVE_PROJECT_POPULATION_TOO_SMALL")
                && v.isError() && v.field().equals("population"))).isEqualTo(rejected);
    }

    @Test
    void rejectsCollectiveProjectInTownOfTenThousandWithAMessageInBothLanguages() {
        Violation violation = OfferRules.COLLECTIVE_PROJECT_POPULATION.check(collectiveProject(city(10_000)), edition).get(0);
        assertThat(violation.message().fr()).contains("plus de 40\u202f000 habitants").contains("10\u202f000");
        assertThat(violation.message().en()).contains("more than 40,000 inhabitants").contains("10,000");
    }

    @Test
    void warnsWhenACollectiveProjectOfferDoesNotStateThePopulation() {
        Host noPopulation = host(HostKind.COMMUNE);
        assertThat(OfferRules.check(collectiveProject(noPopulation), edition))
                .extracting(v -> v.code().value(), Violation::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COLLECTIVE_PROJECT_POPULATION_UNKNOWN", Severity.WARNING));
    }

    @Test
    void rejectsCollectiveProjectOutsideALocalAuthority() {
        assertThat(codes(collectiveProject(host(HostKind.ENTREPRISE_PUBLIQUE))))
                .contains("COLLECTIVE_PROJECT_NOT_IN_COLLECTIVITE");
    }

    @Test
    void warnsWhenACollectiveProjectIsNotOpenToEveryCorps() {
        Offer adminsOnly = offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR).build();
        List<Violation> violations = OfferRules.check(adminsOnly, edition);
        assertThat(violations).extracting(v -> v.code().value()).containsExactly("COLLECTIVE_PROJECT_NOT_INTER_CORPS");
        assertThat(violations.get(0).message().fr()).contains("conservateurs et conservatrices territoriaux de bibliothèques")
                .contains("ingénieurs et ingénieures en chef territoriaux");
    }

    /** "Une participation forfaitaire de 4 000 € est demandée". */
    @Test
    void rejectsACollectiveProjectContributionOtherThanTheFlatFourThousandEuros() {
        Offer cheap = offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR, Corps.CONSERVATEUR_BIBLIOTHEQUES,
                Corps.INGENIEUR_EN_CHEF).contribution(Euros.of(3_000)).build();
        Offer flat = offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR, Corps.CONSERVATEUR_BIBLIOTHEQUES,
                Corps.INGENIEUR_EN_CHEF).contribution(Euros.of(new java.math.BigDecimal("4000.00"))).build();
        assertThat(codes(cheap)).containsExactly("COLLECTIVE_PROJECT_CONTRIBUTION_MISMATCH");
        assertThat(codes(flat)).isEmpty();
    }

    @Test
    void warnsOfAContributionOnAnotherInternship() {
        assertThat(codes(offer(InternshipType.THEMATIQUE, Corps.ADMINISTRATEUR).contribution(Euros.of(500)).build()))
                .containsExactly("CONTRIBUTION_OUTSIDE_COLLECTIVE_PROJECT");
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource({"INGENIEUR_EN_CHEF, THEMATIQUE", "INGENIEUR_EN_CHEF, PROFESSIONNALISATION", "ADMINISTRATEUR, PERFECTIONNEMENT",
        "CONSERVATEUR_BIBLIOTHEQUES, PERFECTIONNEMENT"})
    void rejectsATypeNotOpenToTheCorps(Corps corps, InternshipType type) {
        assertThat(codes(offer(type, corps).build())).contains("TYPE_NOT_OPEN_TO_CORPS");
    }

    @Test
    void reportsEveryCorpsTheTypeIsNotOpenTo() {
        Offer thematique = offer(InternshipType.THEMATIQUE, Corps.ADMINISTRATEUR, Corps.INGENIEUR_EN_CHEF,
                Corps.CONSERVATEUR_PATRIMOINE).build();
        assertThat(codes(thematique)).containsExactly("TYPE_NOT_OPEN_TO_CORPS", "CORPS_PLACED_BY_INP");
    }

    @Test
    void sendsOffersForConservateursDuPatrimoineToTheInp() {
        Violation violation = OfferRules.check(offer(InternshipType.OBSERVATION, Corps.CONSERVATEUR_PATRIMOINE).build(), edition)
                .get(0);
        assertThat(violation.code().value()).isEqualTo("CORPS_PLACED_BY_INP");
        assertThat(violation.message().fr()).contains("gérés par l'INP");
    }

    @Test
    void rejectsAnObservationNotPlacedWithTheDgs() {
        assertThat(codes(offer(InternshipType.OBSERVATION, Corps.ADMINISTRATEUR).supervisor(Supervisor.DGA).build()))
                .containsExactly("SUPERVISOR_MISMATCH");
        assertThat(codes(offer(InternshipType.OBSERVATION, Corps.ADMINISTRATEUR).supervisor(Supervisor.DGS).build()))
                .isEmpty();
    }

    @Test
    void placesLibraryCuratorsObservationWithTheLibraryDirector() {
        assertThat(codes(offer(InternshipType.OBSERVATION, Corps.CONSERVATEUR_BIBLIOTHEQUES)
                .supervisor(Supervisor.DGS).build())).containsExactly("SUPERVISOR_MISMATCH");
        assertThat(codes(offer(InternshipType.OBSERVATION, Corps.CONSERVATEUR_BIBLIOTHEQUES)
                .supervisor(Supervisor.DIRECTEUR_ETABLISSEMENT).build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = HostKind.class, names = {"SERVICE_ETAT", "ENTREPRISE_PUBLIQUE", "ETABLISSEMENT_CULTUREL",
        "SECTEUR_PRIVE", "ASSOCIATION", "SYNDICAT", "HOPITAL", "COLLECTIVITE_OUTRE_MER"})
    void acceptsTheOuvertureHostKindsTheBrochureLists(HostKind kind) {
        assertThat(codes(offer(InternshipType.OUVERTURE, Corps.ADMINISTRATEUR).host(host(kind)).build())).isEmpty();
    }

    @Test
    void acceptsAnOuvertureInAEuropeanLocalAuthorityAbroad() {
        Host freiburg = Host.of(HostKind.COLLECTIVITE_EUROPEENNE, "Stadt Freiburg", HostLocation.abroad(Country.fromCode("de").orElseThrow()));
        assertThat(codes(offer(InternshipType.OUVERTURE, Corps.CONSERVATEUR_BIBLIOTHEQUES).host(freiburg).build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = HostKind.class, names = {"COMMUNE", "DEPARTEMENT", "REGION", "INTERCOMMUNALITE", "AUTRE"})
    void warnsOfAnOuvertureInAStructureTheBrochureDoesNotList(HostKind kind) {
        List<Violation> violations = OfferRules.check(offer(InternshipType.OUVERTURE, Corps.ADMINISTRATEUR).host(host(kind)).build(), edition);
        assertThat(violations).extracting(v -> v.code().value()).containsExactly("OUVERTURE_HOST_NOT_LISTED");
        assertThat(violations.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    /** "Si le projet professionnel de l'élève le justifie, le stage peut être réalisé hors collectivité territoriale." */
    @Test
    void warnsOfAnAdvancedInternshipOutsideALocalAuthority() {
        List<Violation> violations = OfferRules.check(offer(InternshipType.PERFECTIONNEMENT, Corps.INGENIEUR_EN_CHEF)
                .host(host(HostKind.SECTEUR_PRIVE)).build(), edition);
        assertThat(violations).extracting(v -> v.code().value(), Violation::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PERFECTIONNEMENT_OUTSIDE_COLLECTIVITE", Severity.WARNING));
        assertThat(codes(offer(InternshipType.PERFECTIONNEMENT, Corps.INGENIEUR_EN_CHEF).build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = InternshipType.class, names = {"OBSERVATION", "THEMATIQUE", "PROFESSIONNALISATION"})
    void warnsOfAnInternshipOutsideALocalAuthority(InternshipType type) {
        assertThat(codes(offer(type, Corps.ADMINISTRATEUR).host(host(HostKind.SECTEUR_PRIVE)).build()))
                .containsExactly("INTERNSHIP_OUTSIDE_COLLECTIVITE");
    }

    @Test
    void rejectsAFrenchLocalAuthorityLocatedAbroad() {
        Host misplaced = Host.of(HostKind.COMMUNE, "Ville", HostLocation.abroad(Country.fromCode("BE").orElseThrow()));
        assertThat(codes(offer(InternshipType.THEMATIQUE, Corps.ADMINISTRATEUR).host(misplaced).build()))
                .containsExactly("FRENCH_HOST_ABROAD");
    }

    @Test
    void returnsEveryViolationNotOnlyTheFirst() {
        Offer broken = offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR, Corps.CONSERVATEUR_PATRIMOINE)
                .host(city(12_000)).contribution(Euros.of(1_000)).build();
        assertThat(codes(broken)).containsExactlyInAnyOrder("CORPS_PLACED_BY_INP", "COLLECTIVE_PROJECT_POPULATION_TOO_SMALL",
                "COLLECTIVE_PROJECT_NOT_INTER_CORPS", "COLLECTIVE_PROJECT_CONTRIBUTION_MISMATCH");
    }

    @Test
    void describesEveryRuleWithAUniqueCodeAndItsSource() {
        assertThat(OfferRules.all()).extracting(r -> r.description().code()).doesNotHaveDuplicates();
        assertThat(OfferRules.all()).allSatisfy(r -> assertThat(r.description().source()).isNotBlank());
        assertThat(OfferRules.all()).filteredOn(r -> r.description().severity() == Severity.WARNING)
                .allSatisfy(r -> assertThat(r.description().reading()).as(r.description().code().value()).isNotBlank());
    }
}
