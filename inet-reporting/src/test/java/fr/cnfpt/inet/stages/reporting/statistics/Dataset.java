package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.host.Country;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.host.Population;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small dataset whose every figure is worked out by hand in {@link StatisticsKnownAnswersTest}:
 * five offers of 2026 and one of 2025, nine trainees of 2026, eight placements.
 */
public final class Dataset {

    static final Edition EDITION = Editions.current();
    static final Schedules SCHEDULES = Schedules.of(EDITION);

    final List<Offer> offers = new ArrayList<>();
    final List<Trainee> trainees = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();

    /** Builds the dataset. */
    public Dataset() {
        // O1: Strasbourg (67, Grand Est), 291,313 inhabitants, before the 24 November 2025 deadline.
        offers.add(offer("O1", HostKind.COMMUNE, "67", 291_313, InternshipType.OBSERVATION, 2026, "2025-11-14",
                Corps.ADMINISTRATEUR));
        // O2: Lyon (69, Auvergne-Rhône-Alpes), after the deadline, open to two corps.
        offers.add(offer("O2", HostKind.COMMUNE, "69", 522_250, InternshipType.OBSERVATION, 2026, "2025-12-01",
                Corps.ADMINISTRATEUR, Corps.CONSERVATEUR_BIBLIOTHEQUES));
        // O3: the Bas-Rhin département, a collective project for the three corps, before 19 June 2026.
        offers.add(offer("O3", HostKind.DEPARTEMENT, "67", 1_150_000, InternshipType.PROJET_COLLECTIF, 2026,
                "2026-06-01", Corps.ADMINISTRATEUR, Corps.CONSERVATEUR_BIBLIOTHEQUES, Corps.INGENIEUR_EN_CHEF));
        // O4: abroad (Germany), no population, ouverture (no deadline).
        offers.add(Offer.builder().id(OfferId.of("O4"))
                .host(Host.of(HostKind.COLLECTIVITE_EUROPEENNE, "Stadt Freiburg", HostLocation.abroad(
                        Country.fromCode("DE").orElseThrow())))
                .type(InternshipType.OUVERTURE).corps(Corps.ADMINISTRATEUR).cohort(CohortYear.of(2026))
                .submitted(LocalDate.parse("2026-10-01")).title("Coopération transfrontalière")
                .contact(EmailAddress.of("stages@freiburg.de")).build());
        // O5: a small commune (38,000), thématique, after the 16 February 2026 deadline.
        offers.add(offer("O5", HostKind.COMMUNE, "67", 38_000, InternshipType.THEMATIQUE, 2026, "2026-03-01",
                Corps.ADMINISTRATEUR));
        // P1: the previous cohort's one offer.
        offers.add(offer("P1", HostKind.COMMUNE, "67", 291_313, InternshipType.OBSERVATION, 2025, "2024-11-01",
                Corps.ADMINISTRATEUR));
        for (int i = 1; i <= 6; i++) {
            trainees.add(Trainee.of(TraineeId.of("A" + i), Corps.ADMINISTRATEUR, CohortYear.of(2026)));
        }
        trainees.add(Trainee.of(TraineeId.of("C1"), Corps.CONSERVATEUR_BIBLIOTHEQUES, CohortYear.of(2026)));
        trainees.add(Trainee.of(TraineeId.of("C2"), Corps.CONSERVATEUR_BIBLIOTHEQUES, CohortYear.of(2026)));
        trainees.add(Trainee.of(TraineeId.of("I1"), Corps.INGENIEUR_EN_CHEF, CohortYear.of(2026)));
        placements.add(placement("A1", "O1", InternshipType.OBSERVATION));
        placements.add(placement("A2", "O2", InternshipType.OBSERVATION));
        placements.add(placement("C1", "O2", InternshipType.OBSERVATION));
        placements.add(placement("A1", "O3", InternshipType.PROJET_COLLECTIF));
        placements.add(placement("A2", "O3", InternshipType.PROJET_COLLECTIF));
        placements.add(placement("C1", "O3", InternshipType.PROJET_COLLECTIF));
        placements.add(placement("I1", "O3", InternshipType.PROJET_COLLECTIF));
        placements.add(placement("A1", "O4", InternshipType.OUVERTURE));
    }

    public Statistics statistics() {
        StatisticsCollector collector = StatisticsCollector.of(EDITION, SCHEDULES);
        offers.forEach(collector::offer);
        trainees.forEach(collector::trainee);
        placements.forEach(collector::placement);
        collector.problem(Source.OFFERS, "POPULATION_NOT_POSITIVE", Severity.ERROR);
        collector.problem(Source.OFFERS, "OFFER_SUBMITTED_LATE", Severity.WARNING);
        collector.problem(Source.OFFERS, "POPULATION_NOT_POSITIVE", Severity.ERROR);
        collector.rowsLeftOut(Source.OFFERS, 2);
        return collector.finish();
    }

    private static Offer offer(String id, HostKind kind, String departement, int population, InternshipType type,
            int cohort, String submitted, Corps... corps) {
        return Offer.builder().id(OfferId.of(id))
                .host(Host.of(kind, "Hôte " + id, HostLocation.in(Departement.of(departement)))
                        .withPopulation(Population.of(population)))
                .type(type).corps(corps).cohort(CohortYear.of(cohort)).submitted(LocalDate.parse(submitted))
                .title("Mission " + id).contact(EmailAddress.of("stages@example.fr")).build();
    }

    private static Placement placement(String trainee, String offer, InternshipType type) {
        return Placement.of(TraineeId.of(trainee), OfferId.of(offer), type);
    }
}
