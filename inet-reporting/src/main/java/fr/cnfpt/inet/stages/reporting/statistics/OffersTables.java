package fr.cnfpt.inet.stages.reporting.statistics;

import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.CODE;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.COUNT;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.EUROS;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.RATE;

import fr.cnfpt.inet.stages.calendar.rule.SubmissionTiming;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.Region;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The tables of the offers report for a cohort, compared with the previous cohort when the dataset
 * has its offers: offers by internship type and corps, by kind of host, by région, département and
 * country, by population band, on time or late against each deadline, the collective projects and
 * their contributions, and the problems found at import, by rule.
 * <p>
 * Offers are about host organisations, not people: their counts are never withheld.
 */
public final class OffersTables {

    private final Statistics statistics;
    private final Tallies t;
    private final Edition edition;
    private final int cohort;
    private final boolean compared;

    private OffersTables(Statistics statistics, CohortYear cohort) {
        this.statistics = statistics;
        this.t = statistics.tallies;
        this.edition = statistics.edition();
        this.cohort = cohort.year();
        this.compared = statistics.cohorts(Source.OFFERS).contains(cohort.year() - 1);
    }

    /**
     * Builds the tables.
     *
     * @param statistics  the statistics, not null
     * @param cohort  the cohort reported on, not null
     * @return the tables, in the report's order, not null
     */
    public static List<StatTable> of(Statistics statistics, CohortYear cohort) {
        Objects.requireNonNull(cohort, "cohort");
        OffersTables tables = new OffersTables(Objects.requireNonNull(statistics, "statistics"), cohort);
        return List.of(tables.byTypeAndCorps(), tables.byHostKind(), tables.byRegion(), tables.byDepartement(),
                tables.byCountry(), tables.byPopulationBand(), tables.byDeadline(), tables.collectiveProjects(),
                ProblemTables.byRule("offers-import-problems-by-rule", statistics, List.of(Source.OFFERS)));
    }

    private TableBuilder table(String id, LocalizedText title) {
        return new TableBuilder(id, title, 1);
    }

    private TableBuilder withCounts(TableBuilder table) {
        table.column("count", StatLabels.OFFERS, COUNT);
        if (compared) {
            table.column("previous_cohort", StatLabels.previous(cohort - 1), COUNT);
        }
        return table;
    }

    private Object[] cells(Counter<Group> counter, Object label, String first, String second) {
        long count = counter.get(Group.of(cohort, first, second));
        return compared ? new Object[] {label, count, counter.get(Group.of(cohort - 1, first, second))}
                : new Object[] {label, count};
    }

    private Object[] totals(Counter<Group> counter, Object... labels) {
        long count = sum(counter, cohort);
        List<Object> cells = new ArrayList<>(List.of(labels));
        cells.add(count);
        if (compared) {
            cells.add(sum(counter, cohort - 1));
        }
        return cells.toArray();
    }

    private static long sum(Counter<Group> counter, int year) {
        return counter.keys().stream().filter(g -> g.cohort() == year).mapToLong(counter::get).sum();
    }

    private StatTable byTypeAndCorps() {
        TableBuilder table = table("offers-by-type-and-corps", LocalizedText.of(
                "Offres par type de stage et cadre d'emplois", "Offers by internship type and corps"))
                .column("type", StatLabels.TYPE, CODE).column("corps", StatLabels.CORPS, CODE);
        withCounts(table).note(LocalizedText.of(
                "Une offre ouverte à plusieurs cadres d'emplois compte dans chacun.",
                "An offer open to several corps counts for each of them."));
        for (InternshipTypeDefinition definition : edition.catalogue().definitions()) {
            for (Corps corps : definition.corps()) {
                Object[] counts = cells(t.offersByTypeAndCorps, null, definition.type().code(), corps.code());
                Object[] row = new Object[counts.length + 1];
                row[0] = StatLabels.type(edition, definition.type());
                row[1] = StatLabels.corps(edition, corps);
                System.arraycopy(counts, 1, row, 2, counts.length - 1);
                table.row(row);
            }
        }
        return table.build();
    }

    private StatTable byHostKind() {
        TableBuilder table = withCounts(table("offers-by-host-kind", LocalizedText.of(
                "Offres par type de structure d'accueil", "Offers by kind of host"))
                .column("host_kind", StatLabels.HOST_KIND, CODE));
        for (HostKind kind : HostKind.values()) {
            if (t.offersByHostKind.get(Group.of(cohort, kind.code())) + t.offersByHostKind.get(
                    Group.of(cohort - 1, kind.code())) > 0) {
                table.row(cells(t.offersByHostKind, StatLabels.hostKind(kind), kind.code(), ""));
            }
        }
        return table.row(totals(t.offersByHostKind, StatLabels.total())).build();
    }

    private StatTable byRegion() {
        TableBuilder table = withCounts(table("offers-by-region", LocalizedText.of(
                "Offres par région (code INSEE ; structures étrangères à part)",
                "Offers by région (INSEE code; foreign hosts apart)")).column("region", StatLabels.REGION, CODE));
        for (Region region : Region.values()) {
            table.row(cells(t.offersByRegion, StatLabels.region(region.inseeCode()), region.inseeCode(), ""));
        }
        if (t.offersByRegion.get(Group.of(cohort, "")) + t.offersByRegion.get(Group.of(cohort - 1, "")) > 0) {
            table.row(cells(t.offersByRegion, StatLabels.region(""), "", ""));
        }
        Object[] abroad = compared ? new Object[] {StatLabels.region("ETRANGER"), sum(t.offersByCountry, cohort),
            sum(t.offersByCountry, cohort - 1)} : new Object[] {StatLabels.region("ETRANGER"), sum(t.offersByCountry, cohort)};
        table.row(abroad);
        long total = sum(t.offersByRegion, cohort) + sum(t.offersByCountry, cohort);
        table.row(compared ? new Object[] {StatLabels.total(), total, sum(t.offersByRegion, cohort - 1)
                + sum(t.offersByCountry, cohort - 1)} : new Object[] {StatLabels.total(), total});
        return table.build();
    }

    private StatTable byDepartement() {
        TableBuilder table = table("offers-by-departement", LocalizedText.of("Offres par département",
                "Offers by département")).column("departement", StatLabels.DEPARTEMENT, CODE)
                .column("region", StatLabels.REGION, CODE);
        withCounts(table);
        TreeSet<Group> departements = new TreeSet<>((a, b) -> a.first().compareTo(b.first()));
        t.offersByDepartement.keys().stream().filter(g -> g.cohort() == cohort || compared && g.cohort() == cohort - 1)
                .forEach(departements::add);
        for (Group group : departements) {
            long count = t.offersByDepartement.get(Group.of(cohort, group.first(), group.second()));
            table.row(compared ? new Object[] {StatLabels.departement(group.first()), StatLabels.region(group.second()),
                count, t.offersByDepartement.get(Group.of(cohort - 1, group.first(), group.second()))}
                    : new Object[] {StatLabels.departement(group.first()), StatLabels.region(group.second()), count});
        }
        return table.build();
    }

    private StatTable byCountry() {
        TableBuilder table = withCounts(table("offers-by-country", LocalizedText.of(
                "Offres des structures étrangères, par pays", "Offers of foreign hosts, by country"))
                .column("country", StatLabels.COUNTRY, CODE));
        TreeSet<String> countries = new TreeSet<>();
        t.offersByCountry.keys().stream().filter(g -> g.cohort() == cohort || compared && g.cohort() == cohort - 1)
                .forEach(g -> countries.add(g.first()));
        for (String country : countries) {
            table.row(cells(t.offersByCountry, StatLabels.country(country), country, ""));
        }
        return table.build();
    }

    private StatTable byPopulationBand() {
        TableBuilder table = withCounts(table("offers-by-population-band", LocalizedText.of(
                "Offres par taille de la collectivité", "Offers by population of the host"))
                .column("population_band", StatLabels.BAND, CODE));
        edition.catalogue().collectiveProjectTerms().ifPresent(terms -> table.note(LocalizedText.of(
                "Un projet collectif demande une collectivité de plus de " + PopulationBands.french(terms.populationAbove())
                        + " habitants.",
                "A collective project needs a local authority of more than "
                        + PopulationBands.english(terms.populationAbove()) + " inhabitants.")));
        for (PopulationBand band : PopulationBands.of(edition).all()) {
            table.row(cells(t.offersByBand, new Code(band.code(), band.label()), band.code(), ""));
        }
        return table.row(totals(t.offersByBand, StatLabels.total())).build();
    }

    private StatTable byDeadline() {
        TableBuilder table = table("offers-by-deadline", LocalizedText.of(
                "Offres déposées dans les délais ou en retard, par date limite",
                "Offers submitted on time or late, by deadline"))
                .column("type", StatLabels.TYPE, CODE).column("corps", StatLabels.CORPS, CODE)
                .column("on_time", LocalizedText.of("Dans les délais", "On time"), COUNT)
                .column("late", LocalizedText.of("En retard", "Late"), COUNT)
                .column("late_share", LocalizedText.of("Part en retard", "Share late"), RATE)
                .note(LocalizedText.of("Date limite de dépôt des offres de chaque stage, selon le calendrier de la"
                        + " promotion ; les stages sans date limite n'y figurent pas.", "Each internship's offer"
                                + " deadline, from the cohort's calendar; internships without a deadline are not"
                                + " listed."));
        var schedule = statistics.schedules().forCohort(CohortYear.of(cohort));
        for (InternshipTypeDefinition definition : edition.catalogue().definitions()) {
            for (Corps corps : definition.corps()) {
                if (schedule.of(corps).internship(definition.type()).flatMap(i -> i.offerDeadline()).isEmpty()) {
                    continue;
                }
                String key = definition.type().code() + "/" + corps.code();
                long onTime = t.offersByDeadline.get(Group.of(cohort, key, SubmissionTiming.ON_TIME.name()));
                long late = t.offersByDeadline.get(Group.of(cohort, key, SubmissionTiming.LATE.name()));
                table.row(StatLabels.type(edition, definition.type()), StatLabels.corps(edition, corps),
                        onTime, late, onTime + late == 0 ? null : (double) late / (onTime + late));
            }
        }
        return table.build();
    }

    private StatTable collectiveProjects() {
        long contribution = edition.catalogue().collectiveProjectTerms()
                .map(terms -> terms.contribution().amount().longValue()).orElse(0L);
        long offers = t.offersByType.get(Group.of(cohort, InternshipType.PROJET_COLLECTIF.code()));
        return table("collective-project-offers", LocalizedText.of(
                "Projets collectifs proposés et participations forfaitaires",
                "Collective projects offered and their flat contributions"))
                .column("offers", StatLabels.OFFERS, COUNT)
                .column("contribution_per_offer", LocalizedText.of("Participation par projet (€)",
                        "Contribution per project (€)"), EUROS)
                .column("contributions", LocalizedText.of("Participations (€)", "Contributions (€)"), EUROS)
                .row(offers, contribution, offers * contribution)
                .build();
    }
}
