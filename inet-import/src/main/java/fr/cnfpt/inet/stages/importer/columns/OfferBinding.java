package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.DomainException;
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
import fr.cnfpt.inet.stages.domain.offer.OfferBuilder;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.quantity.Euros;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Binds a row of an offers file to an {@link Offer}. */
final class OfferBinding implements Binding {

    private static final List<Column> C = RecordColumns.OFFERS;
    private static final int MAX_REMEMBERED = 1024;
    private static final int REFERENCE = Fields.index(C, "reference");
    private static final int HOST_NAME = Fields.index(C, "hostName");
    private static final int HOST_KIND = Fields.index(C, "hostKind");
    private static final int POPULATION = Fields.index(C, "population");
    private static final int DEPARTEMENT = Fields.index(C, "departement");
    private static final int COUNTRY = Fields.index(C, "country");
    private static final int TYPE = Fields.index(C, "type");
    private static final int CORPS = Fields.index(C, "corps");
    private static final int COHORT = Fields.index(C, "cohort");
    private static final int FIRST_DAY = Fields.index(C, "firstDay");
    private static final int LAST_DAY = Fields.index(C, "lastDay");
    private static final int SUBMITTED = Fields.index(C, "submitted");
    private static final int TITLE = Fields.index(C, "title");
    private static final int DESCRIPTION = Fields.index(C, "description");
    private static final int CONTACT = Fields.index(C, "contact");
    private static final int SUPERVISOR = Fields.index(C, "supervisor");
    private static final int CONTRIBUTION = Fields.index(C, "contribution");
    private static final int SIRET = Fields.index(C, "siret");
    private static final int PLACES = Fields.index(C, "places");

    private final CohortYear givenCohort;
    /**
     * The corps lists already read without a problem ("ADMINISTRATEUR;CONSERVATEUR_BIBLIOTHEQUES"):
     * a file repeats a few of them on every row.
     */
    private final Map<String, Set<Corps>> readCorps = new HashMap<>();
    private final CodeReader<HostKind> hostKinds = CodeReader.of(HostKind.class, java.util.Map.of());
    private final CodeReader<InternshipType> types = Codebooks.types();
    private final CodeReader<Corps> corps = Codebooks.corps();
    private final CodeReader<Supervisor> supervisors = CodeReader.of(Supervisor.class, java.util.Map.of());
    private final Locations locations = new Locations();

    OfferBinding(CohortYear givenCohort) {
        this.givenCohort = givenCohort;
    }

    @Override
    public void bind(Row row) {
        String reference = Fields.identifier(row, REFERENCE, OfferId.MAX_LENGTH);
        String hostName = row.required(HOST_NAME) ? row.text(HOST_NAME) : null;
        HostKind kind = Fields.code(row, HOST_KIND, hostKinds, RowProblem.HOST_KIND_UNKNOWN, HostKind::acceptedCodes);
        Population population = population(row);
        HostLocation location = locations.read(row, DEPARTEMENT, COUNTRY);
        InternshipType type = Fields.code(row, TYPE, types, RowProblem.TYPE_UNKNOWN, InternshipType::acceptedCodes);
        Set<Corps> openTo = corps(row);
        CohortYear cohort = Fields.cohort(row, COHORT, givenCohort);
        DateRange period = period(row);
        LocalDate submitted = row.required(SUBMITTED) ? Fields.date(row, SUBMITTED) : null;
        String title = row.required(TITLE) ? row.text(TITLE) : null;
        EmailAddress contact = Fields.email(row, CONTACT, true);
        Supervisor supervisor = Fields.optionalCode(row, SUPERVISOR, supervisors, RowProblem.SUPERVISOR_UNKNOWN,
                () -> "DGS, DGA, DIRECTEUR_ETABLISSEMENT, DIRECTEUR_SERVICE, AUTRE");
        Euros contribution = contribution(row);
        Siret siret = siret(row, SIRET);
        int places = places(row);
        if (row.failed()) {
            row.rejected();
            return;
        }
        try {
            Host host = Host.of(kind, hostName, location);
            host = population == null ? host : host.withPopulation(population);
            OfferBuilder offer = Offer.builder().id(OfferId.of(reference))
                    .host(siret == null ? host : host.withSiret(siret)).places(places)
                    .type(type).corps(openTo).cohort(cohort).period(period).submitted(submitted).title(title)
                    .description(row.text(DESCRIPTION)).contact(contact).supervisor(supervisor)
                    .contribution(contribution);
            row.sink.offer(row.location(), offer.build());
        } catch (DomainException e) {
            row.rowError(RowProblem.RECORD_INVALID, "", LocalizedText.of("Offre incohérente : " + e.getMessage() + ".",
                    "Inconsistent offer: " + e.getMessage() + "."));
            row.rejected();
        }
    }

    /**
     * Reads a SIRET number, 14 digits once spaces are removed: the one parser of the offers' and the
     * exclusions' SIRET column.
     *
     * @return the number, or null if absent or wrong (then reported)
     */
    static Siret siret(Row row, int field) {
        if (!row.has(field)) {
            return null;
        }
        try {
            return Siret.of(row.text(field));
        } catch (DomainException e) {
            row.error(field, RowProblem.SIRET_INVALID, LocalizedText.of(
                    "« " + Values.shortened(row.text(field)) + " » n'est pas un numéro SIRET : écrivez ses 14 chiffres"
                            + " (les espaces sont permises), ou laissez la cellule vide.",
                    "\"" + Values.shortened(row.text(field)) + "\" is not a SIRET number: write its 14 digits (spaces"
                            + " are allowed), or leave the cell empty."));
            return null;
        }
    }

    /** The number of places, 1 if absent; 1 if wrong (then reported). */
    private static int places(Row row) {
        if (!row.has(PLACES)) {
            return 1;
        }
        Long places = Values.integer(row.text(PLACES));
        if (places == null || places < 1 || places > Integer.MAX_VALUE) {
            row.error(PLACES, RowProblem.PLACES_INVALID, LocalizedText.of(
                    "« " + Values.shortened(row.text(PLACES)) + " » n'est pas un nombre de places : écrivez un nombre"
                            + " entier de 1 ou plus, ou laissez la cellule vide pour une place.",
                    "\"" + Values.shortened(row.text(PLACES)) + "\" is not a number of places: write a whole number of"
                            + " 1 or more, or leave the cell empty for one place."));
            return 1;
        }
        return places.intValue();
    }

    private static Population population(Row row) {
        Long inhabitants = Fields.integer(row, POPULATION);
        if (inhabitants == null) {
            return null;
        }
        if (inhabitants <= 0 || inhabitants > Integer.MAX_VALUE) {
            row.error(POPULATION, inhabitants <= 0 ? RowProblem.POPULATION_NOT_POSITIVE : RowProblem.NUMBER_INVALID,
                    LocalizedText.of(
                    "Une population est un nombre d'habitants positif ; « " + row.text(POPULATION)
                            + " » ne l'est pas : corrigez-la ou laissez la cellule vide.",
                    "A population is a positive number of inhabitants; \"" + row.text(POPULATION)
                            + "\" is not: correct it or leave the cell empty."));
            return null;
        }
        return Population.of(inhabitants.intValue());
    }

    private Set<Corps> corps(Row row) {
        if (!row.required(CORPS)) {
            return null;
        }
        Set<Corps> known = readCorps.get(row.text(CORPS));
        if (known != null) {
            return known;
        }
        Set<Corps> openTo = EnumSet.noneOf(Corps.class);
        boolean allKnown = true;
        for (String item : Values.list(row.text(CORPS))) {
            Optional<Corps> read = corps.read(item);
            if (read.isPresent()) {
                openTo.add(read.get());
            } else {
                allKnown = false;
                row.error(CORPS, RowProblem.CORPS_UNKNOWN, LocalizedText.of(
                        "« " + Values.shortened(item) + " » n'est pas un cadre d'emplois ; valeurs acceptées : "
                                + Corps.acceptedCodes() + " (plusieurs séparés par des virgules).",
                        "\"" + Values.shortened(item) + "\" is not a corps; accepted: " + Corps.acceptedCodes()
                                + " (several separated by commas)."));
            }
        }
        if (openTo.isEmpty()) {
            return null;
        }
        if (allKnown && readCorps.size() < MAX_REMEMBERED) {
            readCorps.put(row.text(CORPS), Collections.unmodifiableSet(openTo));
        }
        return openTo;
    }

    private static DateRange period(Row row) {
        LocalDate first = Fields.date(row, FIRST_DAY);
        LocalDate last = Fields.date(row, LAST_DAY);
        if (row.has(FIRST_DAY) != row.has(LAST_DAY)) {
            int missing = row.has(FIRST_DAY) ? LAST_DAY : FIRST_DAY;
            row.error(missing, RowProblem.PERIOD_INCOMPLETE, LocalizedText.of(
                    "Donnez le premier et le dernier jour, ou aucun des deux (la période du stage s'applique alors).",
                    "Give both the first and the last day, or neither (the internship's period then applies)."));
            return null;
        }
        if (first == null || last == null) {
            return null;
        }
        if (last.isBefore(first)) {
            row.error(LAST_DAY, RowProblem.PERIOD_REVERSED, LocalizedText.of(
                    "Le dernier jour (" + last + ") précède le premier (" + first + ") : inversez-les.",
                    "The last day (" + last + ") comes before the first (" + first + "): swap them."));
            return null;
        }
        return DateRange.ofClosed(first, last);
    }

    private static Euros contribution(Row row) {
        if (!row.has(CONTRIBUTION)) {
            return null;
        }
        BigDecimal amount = Values.amount(row.text(CONTRIBUTION));
        if (amount == null || amount.signum() < 0) {
            row.error(CONTRIBUTION, RowProblem.AMOUNT_INVALID, LocalizedText.of(
                    "« " + Values.shortened(row.text(CONTRIBUTION)) + " » n'est pas un montant : écrivez par exemple 2500"
                            + " ou 2 500,00 €.",
                    "\"" + Values.shortened(row.text(CONTRIBUTION)) + "\" is not an amount: write, for example, 2500 or"
                            + " 2,500.00."));
            return null;
        }
        return Euros.of(amount);
    }
}
