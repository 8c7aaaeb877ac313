package fr.cnfpt.inet.stages.reporting.statistics;

import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.CODE;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.COUNT;
import static fr.cnfpt.inet.stages.reporting.statistics.StatColumn.Kind.RATE;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.planning.TeamMeasures;
import fr.cnfpt.inet.stages.planning.summary.FreeOffer;
import fr.cnfpt.inet.stages.planning.summary.OfferUse;
import fr.cnfpt.inet.stages.planning.summary.Outcomes;
import fr.cnfpt.inet.stages.planning.summary.PlanSummary;
import fr.cnfpt.inet.stages.reporting.statistics.TableBuilder.Sensitive;
import fr.cnfpt.inet.stages.reporting.statistics.TableBuilder.SensitiveRate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The tables of the plan report (docs/planning.md, "The plan report"): the outcomes and the wishes
 * granted overall and per corps, the distribution of the ranks obtained, the collective-project teams
 * against their bound, and the offers left free. Counts of trainees from 1 to {@code minCount - 1} are
 * withheld, and so are the shares computed from them, as in the statistics ({@link TableBuilder}): a
 * small corps could identify someone. Offers and teams are not people: their counts are shown.
 */
public final class PlanTables {

    /** The id of the table of the offers left free, empty when the plan takes every place. */
    public static final String OFFERS_LEFT_FREE = "plan-offers-left-free";

    private static final LocalizedText TRAINEES = LocalizedText.of("Élèves", "Trainees");
    private static final LocalizedText FIRST = LocalizedText.of("1er vœu", "First choice");
    private static final LocalizedText TOP = LocalizedText.of("Vœux 1 à " + Outcomes.TOP_RANKS,
            "Top " + Outcomes.TOP_RANKS);
    private static final LocalizedText WITHIN = LocalizedText.of("Dans leurs vœux", "Within wishes");
    private static final LocalizedText OUTSIDE = LocalizedText.of("Hors vœux", "Outside wishes");
    private static final LocalizedText UNPLACED = LocalizedText.of("Non affectés", "Unplaced");

    private final PlanSummary summary;
    private final Edition edition;
    private final int minCount;

    private PlanTables(PlanSummary summary, Edition edition, int minCount) {
        this.summary = summary;
        this.edition = edition;
        this.minCount = minCount;
    }

    /**
     * Builds the tables.
     *
     * @param summary  what the plan gives, counted, not null
     * @param edition  the edition, for the corps' names, not null
     * @param minCount  the privacy threshold: smaller counts of people are withheld; 1 withholds nothing
     * @return the tables, in the report's order, not null
     */
    public static List<StatTable> of(PlanSummary summary, Edition edition, int minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("the privacy threshold must be at least 1, not " + minCount);
        }
        PlanTables tables = new PlanTables(Objects.requireNonNull(summary, "summary"),
                Objects.requireNonNull(edition, "edition"), minCount);
        List<StatTable> all = new ArrayList<>(List.of(tables.outcomes(), tables.wishesGranted(), tables.ranks()));
        summary.teams().ifPresent(teams -> all.add(tables.teams(teams)));
        all.add(tables.offers());
        all.add(tables.offersLeftFree());
        return all;
    }

    private StatTable outcomes() {
        TableBuilder table = new TableBuilder("plan-outcomes-by-corps", LocalizedText.of(
                "Élèves affectés par cadre d'emplois", "Trainees placed, by corps"), minCount)
                .column("corps", StatLabels.CORPS, CODE).column("trainees", TRAINEES, COUNT)
                .column("within_wishes", WITHIN, COUNT).column("outside_wishes", OUTSIDE, COUNT)
                .column("unplaced", UNPLACED, COUNT)
                .note(LocalizedText.of("Le plan atteint l'optimum prouvé de son objectif : placer tous les élèves que"
                        + " les places permettent, puis le plus possible dans leurs vœux, puis la plus petite somme des"
                        + " carrés des rangs obtenus.", "The plan reaches the proven optimum of its objective: place"
                                + " every trainee the places allow, then as many as possible within their wishes, then"
                                + " the smallest sum of the squared ranks obtained."));
        eachRow((code, o) -> table.row(code, new Sensitive(o.trainees()), new Sensitive(o.withinWishes()),
                new Sensitive(o.outsideWishes()), new Sensitive(o.unplaced())));
        return table.build();
    }

    private StatTable wishesGranted() {
        TableBuilder table = new TableBuilder("plan-wishes-granted-by-corps", LocalizedText.of(
                "Vœux obtenus par cadre d'emplois", "Wishes granted, by corps"), minCount)
                .column("corps", StatLabels.CORPS, CODE).column("first_choice", FIRST, COUNT)
                .column("first_choice_share", share(FIRST), RATE).column("top_3", TOP, COUNT)
                .column("top_3_share", share(TOP), RATE).column("within_wishes_share", share(WITHIN), RATE)
                .note(LocalizedText.of("Parts rapportées aux élèves du cadre d'emplois, affectés ou non.",
                        "Shares of the corps' trainees, placed or not."));
        eachRow((code, o) -> table.row(code, new Sensitive(o.firstChoice()),
                new SensitiveRate(o.firstChoice(), o.trainees()), new Sensitive(o.topThree()),
                new SensitiveRate(o.topThree(), o.trainees()), new SensitiveRate(o.withinWishes(), o.trainees())));
        return table.build();
    }

    private StatTable ranks() {
        TableBuilder table = new TableBuilder("plan-rank-distribution", LocalizedText.of(
                "Répartition des rangs obtenus", "Distribution of the ranks obtained"), minCount)
                .column("rank", LocalizedText.of("Rang obtenu", "Rank obtained"), CODE).column("trainees", TRAINEES, COUNT);
        summary.byCorps().keySet().forEach(corps -> table.column(corps.code().toLowerCase(Locale.ROOT),
                shortName(corps), COUNT));
        Outcomes all = summary.overall();
        int maxRank = all.rankCounts().isEmpty() ? 0 : all.rankCounts().lastKey();
        for (int rank = 1; rank <= maxRank; rank++) {
            int r = rank;
            rankRow(table, new Code(String.valueOf(rank), LocalizedText.of("Vœu n° " + rank, "Wish " + rank)),
                    o -> o.rankCounts().getOrDefault(r, 0));
        }
        rankRow(table, new Code("OUTSIDE_WISHES", OUTSIDE), Outcomes::outsideWishes);
        rankRow(table, new Code("UNPLACED", UNPLACED), Outcomes::unplaced);
        rankRow(table, StatLabels.total(), Outcomes::trainees);
        return table.build();
    }

    /** A row of the rank distribution: overall, then each corps. */
    private void rankRow(TableBuilder table, Code code, ToIntFunction<Outcomes> count) {
        List<Object> cells = new ArrayList<>();
        cells.add(code);
        cells.add(new Sensitive(count.applyAsInt(summary.overall())));
        summary.byCorps().values().forEach(o -> cells.add(new Sensitive(count.applyAsInt(o))));
        table.row(cells.toArray());
    }

    private StatTable teams(TeamMeasures teams) {
        TableBuilder table = new TableBuilder("plan-teams", LocalizedText.of(
                "Équipes des projets collectifs", "Collective-project teams"), minCount)
                .column("teams", LocalizedText.of("Équipes", "Teams"), COUNT)
                .column("all_corps", LocalizedText.of("Avec chaque cadre d'emplois", "With every corps"), COUNT)
                .column("bound", LocalizedText.of("Maximum possible", "Most possible"), COUNT)
                .note(LocalizedText.of("Maximum possible : le plus grand nombre d'équipes réunissant chaque cadre"
                        + " d'emplois qu'un plan plaçant autant d'élèves pourrait former.", "Most possible: the most"
                                + " teams with every corps that a plan placing as many trainees could form."));
        table.row((long) teams.count(), (long) teams.allCorps(), (long) teams.bound());
        return table.build();
    }

    private StatTable offers() {
        OfferUse use = summary.offers();
        TableBuilder table = new TableBuilder("plan-offers", LocalizedText.of("Offres et places",
                "Offers and places"), minCount)
                .column("offers", LocalizedText.of("Offres", "Offers"), COUNT)
                .column("places", LocalizedText.of("Places", "Places"), COUNT)
                .column("free_places", LocalizedText.of("Places restées libres", "Places left free"), COUNT)
                .column("offers_without_placement", LocalizedText.of("Offres sans élève", "Offers with no trainee"),
                        COUNT);
        if (use.freePlaces() == 0) {
            table.note(LocalizedText.of("Le plan prend toutes les places de toutes les offres.",
                    "The plan takes every place of every offer."));
        }
        table.row((long) use.offers(), (long) use.places(), (long) use.freePlaces(), (long) use.withoutPlacement());
        return table.build();
    }

    private StatTable offersLeftFree() {
        TableBuilder table = new TableBuilder(OFFERS_LEFT_FREE, LocalizedText.of(
                "Offres restées libres", "Offers left free"), minCount)
                .column("offer", LocalizedText.of("Offre", "Offer"), CODE)
                .column("host", LocalizedText.of("Structure d'accueil", "Host"), CODE)
                .column("places", LocalizedText.of("Places", "Places"), COUNT)
                .column("free_places", LocalizedText.of("Places libres", "Free places"), COUNT);
        for (FreeOffer offer : summary.offers().leftFree()) {
            table.row(new Code(offer.offer().value(), LocalizedText.of(offer.offer().value(), offer.offer().value())),
                    new Code(offer.hostName(), LocalizedText.of(offer.hostName(), offer.hostName())),
                    (long) offer.places(), (long) offer.free());
        }
        return table.build();
    }

    private interface RowWriter {
        void row(Code corps, Outcomes outcomes);
    }

    /** One row per corps, then the total. */
    private void eachRow(RowWriter writer) {
        summary.byCorps().forEach((corps, outcomes) -> writer.row(StatLabels.corps(edition, corps), outcomes));
        writer.row(StatLabels.total(), summary.overall());
    }

    /** A corps' name short enough for a column heading: the glossary's (docs/glossary.md). */
    private static LocalizedText shortName(Corps corps) {
        return switch (corps) {
            case ADMINISTRATEUR -> LocalizedText.of("Administrateurs", "Senior administrators");
            case CONSERVATEUR_BIBLIOTHEQUES -> LocalizedText.of("Conservateurs de bibliothèques", "Library curators");
            case INGENIEUR_EN_CHEF -> LocalizedText.of("Ingénieurs en chef", "Chief engineers");
            case CONSERVATEUR_PATRIMOINE -> LocalizedText.of("Conservateurs du patrimoine", "Heritage curators");
        };
    }

    private static LocalizedText share(LocalizedText of) {
        return LocalizedText.of(of.fr() + " (%)", of.en() + " (%)");
    }
}
