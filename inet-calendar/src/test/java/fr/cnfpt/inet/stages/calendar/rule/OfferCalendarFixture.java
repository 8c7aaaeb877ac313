package fr.cnfpt.inet.stages.calendar.rule;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.host.Population;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferBuilder;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import java.time.LocalDate;

/** Offers of cohort 2026 for the calendar scenarios: submitted on 3 November 2025, no dates, unless a scenario says. */
final class OfferCalendarFixture {

    private OfferCalendarFixture() {
    }

    static OfferBuilder offer(InternshipType type, Corps... corps) {
        return Offer.builder()
                .id(OfferId.of("2026-" + type.code()))
                .host(Host.of(HostKind.COMMUNE, "Ville de Metz", HostLocation.in(Departement.of("57")))
                        .withPopulation(Population.of(120_000)))
                .type(type)
                .corps(corps)
                .cohort(CohortYear.of(2026))
                .submitted(LocalDate.of(2025, 11, 3))
                .title("Mission")
                .contact(EmailAddress.of("dgs@metz.fr"));
    }
}
