package fr.cnfpt.inet.stages.domain.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfferPlacesTest {

    private static OfferBuilder offer() {
        return Offer.builder().id(OfferId.of("O1"))
                .host(Host.of(HostKind.COMMUNE, "Ville de Colmar", HostLocation.in(Departement.of("68"))))
                .type(InternshipType.OBSERVATION).corps(Corps.ADMINISTRATEUR).cohort(CohortYear.of(2026))
                .submitted(LocalDate.of(2025, 11, 3)).title("Mission").contact(EmailAddress.of("rh@colmar.fr"));
    }

    @Test
    void anOfferThatDoesNotSayHasOnePlace() {
        assertThat(offer().build().places()).isEqualTo(1);
    }

    @Test
    void keepsTheNumberOfPlacesGiven() {
        Offer offer = offer().places(3).build();
        assertThat(offer.places()).isEqualTo(3);
        assertThat(offer).isNotEqualTo(offer().build());
    }

    @Test
    void rejectsFewerThanOnePlace() {
        assertThatThrownBy(() -> offer().places(0).build()).isInstanceOf(DomainException.class)
                .hasMessageContaining("at least one place");
    }
}
