package fr.cnfpt.inet.stages.domain.rule;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.host.Population;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.OfferBuilder;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import java.time.LocalDate;

/** Offers for the rule scenarios: valid by default, each scenario changes what it tests. */
final class OfferFixture {

    private OfferFixture() {
    }

    static Host city(int inhabitants) {
        return Host.of(HostKind.COMMUNE, "Ville de Colmar", HostLocation.in(Departement.of("68")))
                .withPopulation(Population.of(inhabitants));
    }

    static Host host(HostKind kind) {
        return Host.of(kind, "Structure d'accueil", HostLocation.in(Departement.of("67")));
    }

    static OfferBuilder offer(InternshipType type, Corps... corps) {
        return Offer.builder()
                .id(OfferId.of("2026-" + type.code()))
                .host(city(70_000))
                .type(type)
                .corps(corps)
                .cohort(CohortYear.of(2026))
                .submitted(LocalDate.of(2025, 11, 3))
                .title("Mission")
                .contact(EmailAddress.of("rh@colmar.fr"));
    }

    static Offer collectiveProject(Host host) {
        return offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR, Corps.CONSERVATEUR_BIBLIOTHEQUES,
                Corps.INGENIEUR_EN_CHEF).host(host).build();
    }
}
