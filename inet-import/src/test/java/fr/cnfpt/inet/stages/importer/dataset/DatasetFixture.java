package fr.cnfpt.inet.stages.importer.dataset;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.host.Country;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.host.Population;
import fr.cnfpt.inet.stages.domain.host.Siret;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.Supervisor;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.quantity.Euros;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import fr.cnfpt.inet.stages.domain.trainee.PersonalDetails;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** Records of every shape the dataset writes: every optional field given or left out, hosts in France and abroad. */
final class DatasetFixture {

    private DatasetFixture() {
    }

    /**
     * A collective project with every field: population, département, SIRET, period, description, supervisor,
     * contribution, places.
     */
    static Offer fullOffer() {
        return Offer.builder().id(OfferId.of("PC-2026-001"))
                .host(Host.of(HostKind.COMMUNE, "Ville de Mulhouse « centre »", HostLocation.in(Departement.of("68")))
                        .withPopulation(Population.of(105_000)).withSiret(Siret.of("216 802 249 00013")))
                .type(InternshipType.PROJET_COLLECTIF)
                .corps(Corps.ADMINISTRATEUR, Corps.CONSERVATEUR_BIBLIOTHEQUES, Corps.INGENIEUR_EN_CHEF)
                .cohort(CohortYear.of(2026)).period(DateRange.ofClosed(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 12, 18)))
                .submitted(LocalDate.of(2025, 11, 3)).title("Stratégie \"zéro artificialisation\" — phase 2")
                .description("Ligne 1\nLigne 2 ; avec des accents : é, œ, € et une tabulation\t.")
                .contact(EmailAddress.of("stages@mulhouse.fr")).supervisor(Supervisor.DGS)
                .contribution(Euros.of(4000)).places(3).build();
    }

    /** An ouverture abroad: a country, no département, no population. */
    static Offer offerAbroad() {
        return Offer.builder().id(OfferId.of("OUV-DE-7"))
                .host(Host.of(HostKind.INSTITUTION_ETRANGERE, "Stadt Freiburg", HostLocation.abroad(
                        Country.fromCode("DE").orElseThrow())))
                .type(InternshipType.OUVERTURE).corps(Corps.ADMINISTRATEUR).cohort(CohortYear.of(2026))
                .submitted(LocalDate.of(2025, 11, 20)).title("Coopération transfrontalière")
                .contact(EmailAddress.of("rh@freiburg.de")).build();
    }

    /** An observation with only the required fields. */
    static Offer minimalOffer() {
        return Offer.builder().id(OfferId.of("OBS-1"))
                .host(Host.of(HostKind.DEPARTEMENT, "Département du Bas-Rhin", HostLocation.in(Departement.of("67"))))
                .type(InternshipType.OBSERVATION).corps(Corps.INGENIEUR_EN_CHEF).cohort(CohortYear.of(2026))
                .submitted(LocalDate.of(2025, 10, 1)).title("Observation").contact(EmailAddress.of("dgs@bas-rhin.fr"))
                .build();
    }

    static List<Offer> offers() {
        return List.of(fullOffer(), offerAbroad(), minimalOffer());
    }

    static List<Trainee> trainees() {
        return List.of(Trainee.of(TraineeId.of("E-001"), Corps.ADMINISTRATEUR, CohortYear.of(2026)),
                Trainee.of(TraineeId.of("E-002"), Corps.CONSERVATEUR_BIBLIOTHEQUES, CohortYear.of(2026)),
                Trainee.of(TraineeId.of("E-003"), Corps.INGENIEUR_EN_CHEF, CohortYear.of(2026)));
    }

    /** A trainee with a name and an e-mail address, which the dataset never holds. */
    static Trainee traineeWithDetails() {
        return Trainee.of(TraineeId.of("E-004"), Corps.ADMINISTRATEUR, CohortYear.of(2026))
                .withDetails(PersonalDetails.of("Camille", "Martin").withEmail(EmailAddress.of("camille.martin@example.fr")));
    }

    static List<Placement> placements() {
        return List.of(Placement.inTeam(TraineeId.of("E-001"), OfferId.of("PC-2026-001"), InternshipType.PROJET_COLLECTIF, 1),
                Placement.inTeam(TraineeId.of("E-002"), OfferId.of("PC-2026-001"), InternshipType.PROJET_COLLECTIF, 1),
                Placement.of(TraineeId.of("E-001"), OfferId.of("OUV-DE-7"), InternshipType.OUVERTURE));
    }

    static List<Exclusion> exclusions() {
        return List.of(Exclusion.of(TraineeId.of("E-001"), fr.cnfpt.inet.stages.domain.host.HostIdentity.of(
                        "Ville de Colmar", fr.cnfpt.inet.stages.domain.host.HostLocation.in(
                                fr.cnfpt.inet.stages.domain.host.Departement.of("68")))
                        .withSiret(fr.cnfpt.inet.stages.domain.host.Siret.of("21680066600017"))),
                Exclusion.of(TraineeId.of("E-001"), fr.cnfpt.inet.stages.domain.host.HostIdentity.of(
                        fr.cnfpt.inet.stages.domain.host.Siret.of("24670048800017"))),
                Exclusion.of(TraineeId.of("E-002"), fr.cnfpt.inet.stages.domain.host.HostIdentity.of("Stadt Köln",
                        fr.cnfpt.inet.stages.domain.host.HostLocation.abroad(
                                new fr.cnfpt.inet.stages.domain.host.Country("DE")))));
    }

    static List<Wish> wishes() {
        return List.of(Wish.of(TraineeId.of("E-001"), OfferId.of("OBS-1"), 1),
                Wish.of(TraineeId.of("E-001"), OfferId.of("PC-2026-001"), 2));
    }

    static Dataset dataset() {
        return Dataset.of(offers(), trainees(), placements());
    }

    /** Writes records of any kind with {@link DatasetWriter}, as {@code inet import} does. */
    static byte[] written(List<?> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DatasetWriter writer = DatasetWriter.on(bytes)) {
            for (Object record : records) {
                if (record instanceof Offer offer) {
                    writer.write(offer);
                } else if (record instanceof Trainee trainee) {
                    writer.write(trainee);
                } else if (record instanceof Wish wish) {
                    writer.write(wish);
                } else if (record instanceof Exclusion exclusion) {
                    writer.write(exclusion);
                } else {
                    writer.write((Placement) record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
