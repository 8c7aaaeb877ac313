package fr.cnfpt.inet.stages.importer.memory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.host.Country;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.offer.OfferTerms;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PackedOfferTest {

    private static Offer offer(HostKind kind, HostLocation location, InternshipType type, int cohort, Corps... corps) {
        return Offer.builder().id(OfferId.of("O-1"))
                .host(Host.of(kind, "Hôte", location))
                .type(type).corps(corps).cohort(CohortYear.of(cohort))
                .submitted(LocalDate.of(cohort - 1, 11, 3)).title("Mission")
                .contact(EmailAddress.of("rh@hote.fr")).build();
    }

    @ParameterizedTest
    @EnumSource(HostKind.class)
    void keepsEveryHostKindAndNeverPacksToZero(HostKind kind) {
        long packed = PackedOffer.of(offer(kind, HostLocation.in(Departement.of("57")), InternshipType.OBSERVATION,
                2026, Corps.ADMINISTRATEUR));

        assertThat(packed).isNotZero();
        assertThat(PackedOffer.hostKind(packed)).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(InternshipType.class)
    void keepsTypeCorpsAndCohortAsThePlacementChecksReadThem(InternshipType type) {
        Set<Corps> corps = EnumSet.of(Corps.CONSERVATEUR_BIBLIOTHEQUES, Corps.CONSERVATEUR_PATRIMOINE);
        Offer offer = offer(HostKind.REGION, HostLocation.in(Departement.of("67")), type, CohortYear.MAX_YEAR,
                corps.toArray(Corps[]::new));

        OfferTerms terms = PackedOffer.terms(PackedOffer.of(offer), OfferId.of("O-1"));

        assertThat(terms).isEqualTo(new OfferTerms(OfferId.of("O-1"), type, corps, CohortYear.of(CohortYear.MAX_YEAR)));
    }

    @Test
    void keepsTheFirstAndLastCohortYears() {
        for (int year : new int[] {CohortYear.MIN_YEAR, 2026, CohortYear.MAX_YEAR}) {
            long packed = PackedOffer.of(offer(HostKind.COMMUNE, HostLocation.in(Departement.of("57")),
                    InternshipType.THEMATIQUE, year, Corps.ADMINISTRATEUR));

            assertThat(PackedOffer.cohort(packed)).isEqualTo(CohortYear.of(year));
        }
    }

    @Test
    void keepsTheRegionOrAbroad() {
        Departement moselle = Departement.of("57");
        long inMoselle = PackedOffer.of(offer(HostKind.COMMUNE, HostLocation.in(moselle), InternshipType.OBSERVATION,
                2026, Corps.ADMINISTRATEUR));
        long abroad = PackedOffer.of(offer(HostKind.COLLECTIVITE_EUROPEENNE,
                HostLocation.abroad(Country.fromCode("DE").orElseThrow()), InternshipType.OUVERTURE, 2026,
                Corps.ADMINISTRATEUR));

        assertThat(PackedRegion.region(PackedOffer.region(inMoselle))).isEqualTo(moselle.region());
        assertThat(PackedOffer.region(abroad)).isEqualTo(PackedRegion.ABROAD);
        assertThat(PackedRegion.region(PackedRegion.ABROAD)).isEmpty();
    }

    @Test
    void countsTheTeamByCorpsUpToFifteenEachWithoutTouchingTheRest() {
        long packed = PackedOffer.of(offer(HostKind.DEPARTEMENT, HostLocation.in(Departement.of("68")),
                InternshipType.PROJET_COLLECTIF, 2026, Corps.values()));
        long team = packed;
        team = PackedOffer.withTeamMember(team, Corps.ADMINISTRATEUR);
        team = PackedOffer.withTeamMember(team, Corps.ADMINISTRATEUR);
        team = PackedOffer.withTeamMember(team, Corps.INGENIEUR_EN_CHEF);
        for (int i = 0; i < 20; i++) {
            team = PackedOffer.withTeamMember(team, Corps.CONSERVATEUR_PATRIMOINE);
        }

        assertThat(PackedOffer.teamMembers(packed, Corps.ADMINISTRATEUR)).isZero();
        assertThat(PackedOffer.teamMembers(team, Corps.ADMINISTRATEUR)).isEqualTo(2);
        assertThat(PackedOffer.teamMembers(team, Corps.INGENIEUR_EN_CHEF)).isEqualTo(1);
        assertThat(PackedOffer.teamMembers(team, Corps.CONSERVATEUR_BIBLIOTHEQUES)).isZero();
        assertThat(PackedOffer.teamMembers(team, Corps.CONSERVATEUR_PATRIMOINE)).as("saturates").isEqualTo(15);
        assertThat(PackedOffer.teamSize(team)).isEqualTo(18);
        assertThat(PackedOffer.terms(team, OfferId.of("O-1"))).isEqualTo(PackedOffer.terms(packed, OfferId.of("O-1")));
        assertThat(PackedOffer.hostKind(team)).isEqualTo(HostKind.DEPARTEMENT);
        assertThat(PackedOffer.region(team)).isEqualTo(PackedOffer.region(packed));
    }

    @Test
    void countsATeamFromNothing() {
        long team = PackedOffer.withTeamMember(0, Corps.CONSERVATEUR_BIBLIOTHEQUES);

        assertThat(PackedOffer.teamMembers(team, Corps.CONSERVATEUR_BIBLIOTHEQUES)).isEqualTo(1);
        assertThat(PackedOffer.teamSize(team)).isEqualTo(1);
    }
}
