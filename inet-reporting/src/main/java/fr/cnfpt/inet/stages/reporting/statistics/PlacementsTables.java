package fr.cnfpt.inet.stages.reporting.statistics;

import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.CODE;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.COUNT;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.RATE;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.RATIO;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.host.Region;
import fr.cnfpt.inet.stages.domain.internship.InternshipTypeDefinition;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.reporting.statistics.TableBuilder.Sensitive;
import fr.cnfpt.inet.stages.reporting.statistics.TableBuilder.SensitiveRate;
import fr.cnfpt.inet.stages.reporting.statistics.TableBuilder.SensitiveRatio;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The tables of the trainees and placements report for a cohort: trainees by corps and cohort,
 * placement rates by internship type and corps (placed / trainees due to do it), offers per trainee
 * by type, placements by kind of host and région, mobility (placed outside the région of the
 * previous internship) and the make-up of the collective-project teams.
 * <p>
 * Counts of trainees and placements from 1 to {@code minCount - 1} are withheld, and so are the
 * rates computed from them.
 */
public final class PlacementsTables {

    private final Statistics statistics;
    private final Tallies t;
    private final Edition edition;
    private final int cohort;
    private final int minCount;

    private PlacementsTables(Statistics statistics, CohortYear cohort, int minCount) {
        this.statistics = statistics;
        this.t = statistics.tallies;
        this.edition = statistics.edition();
        this.cohort = cohort.year();
        this.minCount = minCount;
    }

    /**
     * Builds the tables.
     *
     * @param statistics  the statistics, not null
     * @param cohort  the cohort reported on, not null
     * @param minCount  the privacy threshold: smaller counts of people are withheld; 1 withholds nothing
     * @return the tables, in the report's order, not null
     */
    public static List<StatTable> of(Statistics statistics, CohortYear cohort, int minCount) {
        Objects.requireNonNull(cohort, "cohort");
        if (minCount < 1) {
            throw new IllegalArgumentException("the privacy threshold must be at least 1, not " + minCount);
        }
        PlacementsTables tables = new PlacementsTables(Objects.requireNonNull(statistics, "statistics"), cohort,
                minCount);
        return List.of(tables.traineesByCorpsAndCohort(), tables.placementRate(), tables.offersPerTrainee(),
                tables.byHostKind(), tables.byRegion(), tables.mobility(), tables.teams(),
                ProblemTables.byRule("placements-import-problems-by-rule", statistics,
                        List.of(Source.TRAINEES, Source.PLACEMENTS)));
    }

    private TableBuilder table(String id, LocalizedText title) {
        return new TableBuilder(id, title, minCount);
    }

    /** @return the trainees of the cohort due to do an internship type, by corps */
    static long due(Statistics statistics, int cohort, InternshipTypeDefinition definition, Corps corps) {
        return definition.forCorps(corps).isPresent()
                ? statistics.tallies.trainees.get(Group.of(cohort, corps.code())) : 0;
    }

    private StatTable traineesByCorpsAndCohort() {
        TableBuilder table = table("trainees-by-corps-and-cohort", LocalizedText.of(
                "Élèves par cadre d'emplois et promotion", "Trainees by corps and cohort"))
                .column("cohort", StatLabels.COHORT, CODE).column("corps", StatLabels.CORPS, CODE)
                .column("trainees", StatLabels.TRAINEES, COUNT);
        t.trainees.keys().stream().sorted(Comparator.comparing(Group::cohort)
                .thenComparing(g -> Corps.fromCode(g.first()).map(Enum::ordinal).orElse(99)))
                .forEach(g -> table.row(StatLabels.cohort(g.cohort()),
                        StatLabels.corps(edition, Corps.fromCode(g.first()).orElseThrow()),
                        new Sensitive(t.trainees.get(g))));
        return table.build();
    }

    private StatTable placementRate() {
        TableBuilder table = table("placement-rate-by-type-and-corps", LocalizedText.of(
                "Taux d'affectation par type de stage et cadre d'emplois",
                "Placement rate by internship type and corps"))
                .column("type", StatLabels.TYPE, CODE).column("corps", StatLabels.CORPS, CODE)
                .column("trainees_due", LocalizedText.of("Élèves concernés", "Trainees due"), COUNT)
                .column("placed", LocalizedText.of("Élèves affectés", "Trainees placed"), COUNT)
                .column("rate", LocalizedText.of("Taux d'affectation", "Placement rate"), RATE);
        for (InternshipTypeDefinition definition : edition.catalogue().definitions()) {
            for (Corps corps : definition.corps()) {
                long due = due(statistics, cohort, definition, corps);
                long placed = t.placements.get(Group.of(cohort, definition.type().code(), corps.code()));
                table.row(StatLabels.type(edition, definition.type()), StatLabels.corps(edition, corps),
                        new Sensitive(due), new Sensitive(placed), new SensitiveRate(placed, due));
            }
        }
        return table.build();
    }

    private StatTable offersPerTrainee() {
        TableBuilder table = table("offers-per-trainee-by-type", LocalizedText.of(
                "Offres par élève concerné, par type de stage (offre et demande)",
                "Offers per trainee due, by internship type (supply and demand)"))
                .column("type", StatLabels.TYPE, CODE)
                .column("offers", StatLabels.OFFERS, COUNT)
                .column("trainees_due", LocalizedText.of("Élèves concernés", "Trainees due"), COUNT)
                .column("offers_per_trainee", LocalizedText.of("Offres par élève", "Offers per trainee"), RATIO);
        for (InternshipTypeDefinition definition : edition.catalogue().definitions()) {
            long offers = t.offersByType.get(Group.of(cohort, definition.type().code()));
            long due = definition.corps().stream().mapToLong(c -> due(statistics, cohort, definition, c)).sum();
            table.row(StatLabels.type(edition, definition.type()), offers, new Sensitive(due),
                    new SensitiveRatio(offers, due));
        }
        return table.build();
    }

    private StatTable byHostKind() {
        TableBuilder table = table("placements-by-host-kind", LocalizedText.of(
                "Affectations par type de structure d'accueil", "Placements by kind of host"))
                .column("host_kind", StatLabels.HOST_KIND, CODE)
                .column("placements", LocalizedText.of("Affectations", "Placements"), COUNT);
        long total = 0;
        for (HostKind kind : HostKind.values()) {
            long count = t.placementsByHostKind.get(Group.of(cohort, kind.code()));
            total += count;
            if (count > 0) {
                table.row(StatLabels.hostKind(kind), new Sensitive(count));
            }
        }
        return table.row(StatLabels.total(), new Sensitive(total)).build();
    }

    private StatTable byRegion() {
        TableBuilder table = table("placements-by-region", LocalizedText.of("Affectations par région",
                "Placements by région")).column("region", StatLabels.REGION, CODE)
                .column("placements", LocalizedText.of("Affectations", "Placements"), COUNT);
        long total = 0;
        for (Region region : Region.values()) {
            long count = t.placementsByRegion.get(Group.of(cohort, region.inseeCode()));
            total += count;
            table.row(StatLabels.region(region.inseeCode()), new Sensitive(count));
        }
        for (String other : List.of("", "ETRANGER")) {
            long count = t.placementsByRegion.get(Group.of(cohort, other));
            total += count;
            if (count > 0) {
                table.row(StatLabels.region(other), new Sensitive(count));
            }
        }
        return table.row(StatLabels.total(), new Sensitive(total)).build();
    }

    private StatTable mobility() {
        TableBuilder table = table("mobility-by-type", LocalizedText.of(
                "Mobilité : affectations hors de la région du stage précédent",
                "Mobility: placements outside the région of the previous internship"))
                .column("type", StatLabels.TYPE, CODE).column("corps", StatLabels.CORPS, CODE)
                .column("placed_after_another", LocalizedText.of("Affectés après un stage précédent",
                        "Placed after a previous internship"), COUNT)
                .column("outside_previous_region", LocalizedText.of("Hors de la région précédente",
                        "Outside the previous région"), COUNT)
                .column("share", LocalizedText.of("Part", "Share"), RATE)
                .note(LocalizedText.of("Le stage précédent est le dernier stage affecté de l'élève dans l'ordre de"
                        + " la scolarité ; un stage à l'étranger compte comme une région.", "The previous internship"
                                + " is the trainee's last placed internship in the schooling's order; abroad counts"
                                + " as one région."));
        for (InternshipTypeDefinition definition : edition.catalogue().definitions()) {
            for (Corps corps : definition.corps()) {
                Group group = Group.of(cohort, definition.type().code(), corps.code());
                long after = t.placedAfterAnother.get(group);
                if (after == 0 && definition.forCorps(corps).map(i -> i.rank() == 1).orElse(true)) {
                    continue;
                }
                long elsewhere = t.placedElsewhere.get(group);
                table.row(StatLabels.type(edition, definition.type()), StatLabels.corps(edition, corps),
                        new Sensitive(after), new Sensitive(elsewhere), new SensitiveRate(elsewhere, after));
            }
        }
        return table.build();
    }

    private StatTable teams() {
        TableBuilder table = table("collective-project-teams", LocalizedText.of(
                "Composition des équipes des projets collectifs", "Make-up of the collective-project teams"))
                .column("make_up", LocalizedText.of("Composition", "Make-up"), CODE)
                .column("team_size", LocalizedText.of("Élèves par équipe", "Trainees per team"), COUNT)
                .column("corps_count", LocalizedText.of("Cadres d'emplois différents", "Different corps"), COUNT)
                .column("teams", LocalizedText.of("Équipes", "Teams"), COUNT);
        edition.catalogue().collectiveProjectTerms().ifPresent(terms -> table.note(LocalizedText.of(
                "La brochure prévoit des équipes de " + terms.teamSize() + " élèves de cadres d'emplois différents.",
                "The brochure plans teams of " + terms.teamSize() + " trainees from different corps.")));
        t.teams.keys().stream().filter(g -> g.cohort() == cohort).sorted(Comparator.comparing(Group::first))
                .forEach(g -> {
                    String[] parts = g.first().split("\\+");
                    long size = 0;
                    StringBuilder fr = new StringBuilder();
                    StringBuilder en = new StringBuilder();
                    for (String part : parts) {
                        String[] corpsAndCount = part.split("×");
                        long count = Long.parseLong(corpsAndCount[1]);
                        size += count;
                        LocalizedText name = StatLabels.corps(edition, Corps.fromCode(corpsAndCount[0]).orElseThrow())
                                .label();
                        fr.append(fr.length() == 0 ? "" : " + ").append(count).append(' ').append(name.fr());
                        en.append(en.length() == 0 ? "" : " + ").append(count).append(' ').append(name.en());
                    }
                    table.row(new Code(g.first(), LocalizedText.of(fr.toString(), en.toString())), size,
                            (long) parts.length, t.teams.get(g));
                });
        return table.build();
    }
}
