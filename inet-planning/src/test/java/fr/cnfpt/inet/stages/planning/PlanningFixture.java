package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.HostIdentity;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.time.LocalDate;
import java.util.Collection;

/** Trainees, offers and wishes for the planning scenarios: the 2026 cohort's observation internship by default. */
final class PlanningFixture {

    static final Edition EDITION = Editions.current();
    static final CohortYear COHORT = CohortYear.of(2026);
    static final InternshipType TYPE = InternshipType.OBSERVATION;

    private PlanningFixture() {
    }

    static Trainee trainee(String id, Corps corps) {
        return Trainee.of(TraineeId.of(id), corps, COHORT);
    }

    static Host host(String name) {
        return Host.of(HostKind.COMMUNE, name, HostLocation.in(Departement.of("67")));
    }

    static HostIdentity hostIdentity(String name) {
        return host(name).identity();
    }

    static Offer offer(String id, int places, Corps... corps) {
        return offer(id, "Hôte " + id, places, TYPE, COHORT, corps);
    }

    static Offer offer(String id, String hostName, int places, InternshipType type, CohortYear cohort, Corps... corps) {
        return Offer.builder().id(OfferId.of(id)).host(host(hostName)).type(type).corps(corps).cohort(cohort)
                .submitted(LocalDate.of(2025, 11, 3)).title("Mission " + id).contact(EmailAddress.of("rh@example.fr"))
                .places(places).build();
    }

    static Wish wish(String trainee, String offer, int rank) {
        return Wish.of(TraineeId.of(trainee), OfferId.of(offer), rank);
    }

    static Placement pin(String trainee, String offer) {
        return Placement.of(TraineeId.of(trainee), OfferId.of(offer), TYPE);
    }

    static TraineeHost had(String trainee, String hostName) {
        return new TraineeHost(TraineeId.of(trainee), hostIdentity(hostName));
    }

    static PlanningProblemBuilder problem(Collection<Trainee> trainees, Collection<Offer> offers, Collection<Wish> wishes) {
        return PlanningProblem.builder(EDITION, COHORT, TYPE).trainees(trainees).offers(offers).wishes(wishes);
    }

    static OfferId offerId(String id) {
        return OfferId.of(id);
    }

    static TraineeId traineeId(String id) {
        return TraineeId.of(id);
    }
}
