package fr.cnfpt.inet.stages.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every figure of the reports on {@link Dataset}, worked out by hand (see the comments there). */
class StatisticsKnownAnswersTest {

    private static final CohortYear C2026 = CohortYear.of(2026);
    private final Dataset dataset = new Dataset();
    private final Statistics statistics = dataset.statistics();

    static StatTable table(List<StatTable> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** The numbers of the row whose leading codes are the given ones. */
    static List<Object> row(StatTable table, String... codes) {
        for (List<Object> row : table.rows()) {
            boolean match = true;
            for (int i = 0; i < codes.length; i++) {
                match &= row.get(i) instanceof Code code && code.code().equals(codes[i]);
            }
            if (match) {
                return row.subList(codes.length, row.size());
            }
        }
        throw new AssertionError("no row " + Arrays.toString(codes) + " in " + table.id());
    }

    @Test
    void offersAreCountedByTypeAndCorpsAndComparedWithThePreviousCohort() {
        StatTable table = table(OffersTables.of(statistics, C2026), "offers-by-type-and-corps");

        assertThat(table.columns()).extracting(StatColumn::id).containsExactly("type", "corps", "count",
                "previous_cohort");
        assertThat(row(table, "OBSERVATION", "ADMINISTRATEUR")).containsExactly(2L, 1L);
        assertThat(row(table, "OBSERVATION", "CONSERVATEUR_BIBLIOTHEQUES")).containsExactly(1L, 0L);
        assertThat(row(table, "OBSERVATION", "INGENIEUR_EN_CHEF")).containsExactly(0L, 0L);
        assertThat(row(table, "THEMATIQUE", "ADMINISTRATEUR")).containsExactly(1L, 0L);
        assertThat(row(table, "PROJET_COLLECTIF", "INGENIEUR_EN_CHEF")).containsExactly(1L, 0L);
        assertThat(row(table, "OUVERTURE", "ADMINISTRATEUR")).containsExactly(1L, 0L);
        assertThat(row(table, "PERFECTIONNEMENT", "INGENIEUR_EN_CHEF")).containsExactly(0L, 0L);
        assertThat(table.rows()).hasSize(13);
    }

    @Test
    void offersAreCountedByHostKindRegionBandAndCountry() {
        List<StatTable> tables = OffersTables.of(statistics, C2026);

        StatTable kinds = table(tables, "offers-by-host-kind");
        assertThat(row(kinds, "COMMUNE")).containsExactly(3L, 1L);
        assertThat(row(kinds, "DEPARTEMENT")).containsExactly(1L, 0L);
        assertThat(row(kinds, "COLLECTIVITE_EUROPEENNE")).containsExactly(1L, 0L);
        assertThat(row(kinds, "TOTAL")).containsExactly(5L, 1L);
        StatTable regions = table(tables, "offers-by-region");
        assertThat(row(regions, "44")).containsExactly(3L, 1L);
        assertThat(row(regions, "84")).containsExactly(1L, 0L);
        assertThat(row(regions, "11")).containsExactly(0L, 0L);
        assertThat(row(regions, "ETRANGER")).containsExactly(1L, 0L);
        assertThat(row(regions, "TOTAL")).containsExactly(5L, 1L);
        StatTable departements = table(tables, "offers-by-departement");
        assertThat(row(departements, "67", "44")).containsExactly(3L, 1L);
        assertThat(row(departements, "69", "84")).containsExactly(1L, 0L);
        assertThat(departements.rows()).hasSize(2);
        assertThat(row(table(tables, "offers-by-country"), "DE")).containsExactly(1L, 0L);
        StatTable bands = table(tables, "offers-by-population-band");
        assertThat(row(bands, "UP_TO_40000")).containsExactly(1L, 0L);
        assertThat(row(bands, "FROM_40001_TO_100000")).containsExactly(0L, 0L);
        assertThat(row(bands, "FROM_100001_TO_300000")).containsExactly(1L, 1L);
        assertThat(row(bands, "OVER_300000")).containsExactly(2L, 0L);
        assertThat(row(bands, "NOT_GIVEN")).containsExactly(1L, 0L);
        assertThat(row(bands, "TOTAL")).containsExactly(5L, 1L);
    }

    @Test
    void offersAreOnTimeOrLateAgainstEachCorpsDeadline() {
        StatTable table = table(OffersTables.of(statistics, C2026), "offers-by-deadline");

        // Seed: observation "Dépôt des offres jusqu'au 24 novembre 2025"; O1 on 14 November, O2 on 1 December.
        assertThat(row(table, "OBSERVATION", "ADMINISTRATEUR")).containsExactly(1L, 1L, 0.5);
        assertThat(row(table, "OBSERVATION", "CONSERVATEUR_BIBLIOTHEQUES")).containsExactly(0L, 1L, 1.0);
        // Thématique for administrateurs: until 16 February 2026; O5 on 1 March.
        assertThat(row(table, "THEMATIQUE", "ADMINISTRATEUR")).containsExactly(0L, 1L, 1.0);
        // Collective projects: until 19 June 2026; O3 on 1 June, for each of the three corps.
        assertThat(row(table, "PROJET_COLLECTIF", "INGENIEUR_EN_CHEF")).containsExactly(1L, 0L, 0.0);
        // Ouverture has no deadline: O4 counts in neither column, and the table has no row for it.
        assertThat(table.rows()).noneMatch(r -> ((Code) r.get(0)).code().equals("OUVERTURE"));
        // Seed deadlines: observation ×3, thématique ×2, collective projects ×3.
        assertThat(table.rows()).hasSize(8);
    }

    @Test
    void collectiveProjectsBringFourThousandEurosEach() {
        StatTable table = table(OffersTables.of(statistics, C2026), "collective-project-offers");

        // Seed: "Une participation forfaitaire de 4 000 € est demandée".
        assertThat(table.rows()).containsExactly(List.of(1L, 4_000L, 4_000L));
    }

    @Test
    void importProblemsAreCountedByRuleWithTheRowsLeftOut() {
        StatTable table = table(OffersTables.of(statistics, C2026), "offers-import-problems-by-rule");

        assertThat(row(table, "OFFERS", "POPULATION_NOT_POSITIVE", "ERROR")).containsExactly(2L);
        assertThat(row(table, "OFFERS", "OFFER_SUBMITTED_LATE", "WARNING")).containsExactly(1L);
        assertThat(row(table, "OFFERS", "ROWS_LEFT_OUT", "ERROR")).containsExactly(2L);
        assertThat(statistics.rowsLeftOut(Source.OFFERS)).isEqualTo(2);
    }

    @Test
    void placementRatesAreThePlacedOverTheTraineesDue() {
        List<StatTable> tables = PlacementsTables.of(statistics, C2026, 1);

        StatTable trainees = table(tables, "trainees-by-corps-and-cohort");
        assertThat(row(trainees, "2026", "ADMINISTRATEUR")).containsExactly(6L);
        assertThat(row(trainees, "2026", "CONSERVATEUR_BIBLIOTHEQUES")).containsExactly(2L);
        assertThat(row(trainees, "2026", "INGENIEUR_EN_CHEF")).containsExactly(1L);
        StatTable rates = table(tables, "placement-rate-by-type-and-corps");
        assertThat(row(rates, "OBSERVATION", "ADMINISTRATEUR")).containsExactly(6L, 2L, 2.0 / 6);
        assertThat(row(rates, "OBSERVATION", "CONSERVATEUR_BIBLIOTHEQUES")).containsExactly(2L, 1L, 0.5);
        assertThat(row(rates, "OBSERVATION", "INGENIEUR_EN_CHEF")).containsExactly(1L, 0L, 0.0);
        assertThat(row(rates, "PROJET_COLLECTIF", "INGENIEUR_EN_CHEF")).containsExactly(1L, 1L, 1.0);
        assertThat(row(rates, "OUVERTURE", "ADMINISTRATEUR")).containsExactly(6L, 1L, 1.0 / 6);
        // The ingénieurs do no ouverture: no row.
        assertThat(rates.rows()).hasSize(13);
        StatTable supply = table(tables, "offers-per-trainee-by-type");
        assertThat(row(supply, "OBSERVATION")).containsExactly(2L, 9L, 2.0 / 9);
        assertThat(row(supply, "THEMATIQUE")).containsExactly(1L, 8L, 1.0 / 8);
        assertThat(row(supply, "PERFECTIONNEMENT")).containsExactly(0L, 1L, 0.0);
    }

    @Test
    void placementsAreCountedByHostKindAndRegion() {
        List<StatTable> tables = PlacementsTables.of(statistics, C2026, 1);

        StatTable kinds = table(tables, "placements-by-host-kind");
        assertThat(row(kinds, "COMMUNE")).containsExactly(3L);
        assertThat(row(kinds, "DEPARTEMENT")).containsExactly(4L);
        assertThat(row(kinds, "COLLECTIVITE_EUROPEENNE")).containsExactly(1L);
        assertThat(row(kinds, "TOTAL")).containsExactly(8L);
        StatTable regions = table(tables, "placements-by-region");
        assertThat(row(regions, "44")).containsExactly(5L);
        assertThat(row(regions, "84")).containsExactly(2L);
        assertThat(row(regions, "ETRANGER")).containsExactly(1L);
        assertThat(row(regions, "TOTAL")).containsExactly(8L);
    }

    @Test
    void mobilityComparesEachPlacementWithTheTraineesPreviousPlacedInternship() {
        StatTable table = table(PlacementsTables.of(statistics, C2026, 1), "mobility-by-type");

        // A1: Grand Est, then Grand Est (same), then abroad (elsewhere); A2: Auvergne-Rhône-Alpes then
        // Grand Est; C1 likewise; I1 has no placement before the collective project.
        assertThat(row(table, "PROJET_COLLECTIF", "ADMINISTRATEUR")).containsExactly(2L, 1L, 0.5);
        assertThat(row(table, "PROJET_COLLECTIF", "CONSERVATEUR_BIBLIOTHEQUES")).containsExactly(1L, 1L, 1.0);
        assertThat(row(table, "PROJET_COLLECTIF", "INGENIEUR_EN_CHEF")).containsExactly(0L, 0L, null);
        assertThat(row(table, "OUVERTURE", "ADMINISTRATEUR")).containsExactly(1L, 1L, 1.0);
    }

    @Test
    void collectiveProjectTeamsAreDescribedByTheirCorps() {
        StatTable table = table(PlacementsTables.of(statistics, C2026, 1), "collective-project-teams");

        assertThat(row(table, "ADMINISTRATEUR×2+CONSERVATEUR_BIBLIOTHEQUES×1+INGENIEUR_EN_CHEF×1"))
                .containsExactly(4L, 3L, 1L);
        assertThat(table.rows()).hasSize(1);
    }

    @Test
    void dashboardGivesTheKeyFigures() {
        List<StatTable> tables = DashboardTables.of(statistics, C2026, 1);

        StatTable figures = table(tables, "key-figures");
        assertThat(row(figures, "OFFERS")).containsExactly(5L, null, null);
        assertThat(row(figures, "TRAINEES")).containsExactly(9L, null, null);
        // Internships due: 6 administrateurs × 5 + 2 conservateurs × 5 + 1 ingénieur × 3 = 43.
        assertThat(row(figures, "INTERNSHIPS_DUE")).containsExactly(43L, null, null);
        assertThat(row(figures, "PLACEMENTS")).containsExactly(8L, 8.0 / 43, null);
        assertThat(row(figures, "OFFERS_PER_INTERNSHIP_DUE").get(2)).isEqualTo(5.0 / 43);
        // Late: O2 twice (two corps) and O5, out of the 7 offer-corps pairs that have a deadline
        // (O1: 1, O2: 2, O3: 3, O5: 1; the ouverture O4 has none).
        assertThat(row(figures, "LATE_OFFERS")).containsExactly(3L, 3.0 / 7, null);
        assertThat(row(figures, "COLLECTIVE_PROJECT_CONTRIBUTIONS")).containsExactly(4_000L, null, null);
        assertThat((Double) row(table(tables, "placement-rate-by-type"), "OBSERVATION").get(0))
                .isCloseTo(3.0 / 9, within(1e-12));
    }

    @Test
    void totalsAreTheSumsOfTheirRowsAndMatchTheDataset() {
        long offers2026 = dataset.offers.stream().filter(o -> o.cohort().year() == 2026).count();
        List<String> totalled = new java.util.ArrayList<>();
        for (StatTable table : OffersTables.of(statistics, C2026)) {
            assertTotal(table, offers2026, totalled);
        }
        for (StatTable table : PlacementsTables.of(statistics, C2026, 1)) {
            assertTotal(table, dataset.placements.size(), totalled);
        }
        assertThat(totalled).as("the tables that end with a total row, each checked").containsExactlyInAnyOrder(
                TOTALLED_TABLES);
    }

    /** The tables whose last row is a total: a table that loses it, or gains one, fails the test. */
    private static final String[] TOTALLED_TABLES = {"offers-by-host-kind", "offers-by-region",
            "offers-by-population-band", "placements-by-host-kind", "placements-by-region"};

    private static void assertTotal(StatTable table, long expected, List<String> totalled) {
        List<List<Object>> rows = table.rows();
        if (rows.isEmpty() || !(rows.get(rows.size() - 1).get(0) instanceof Code code) || !code.code().equals("TOTAL")) {
            return;
        }
        totalled.add(table.id());
        int column = 1;
        long sum = rows.subList(0, rows.size() - 1).stream().mapToLong(r -> count(r.get(column))).sum();
        assertThat(count(rows.get(rows.size() - 1).get(column))).as(table.id()).isEqualTo(sum).isEqualTo(expected);
    }

    private static long count(Object cell) {
        return cell instanceof Long number ? number : ((TableBuilder.Sensitive) cell).count();
    }

    @Test
    void placementsOfUnknownTraineesOrOffersAreReportedNotDropped() {
        StatisticsCollector collector = StatisticsCollector.of(Dataset.EDITION, Dataset.SCHEDULES);
        dataset.offers.forEach(collector::offer);
        // Placements before their trainees: none can be joined.
        dataset.placements.forEach(collector::placement);
        dataset.trainees.forEach(collector::trainee);
        Statistics early = collector.finish();

        StatTable problems = table(PlacementsTables.of(early, C2026, 1), "placements-import-problems-by-rule");
        assertThat(row(problems, "PLACEMENTS", "TRAINEE_UNKNOWN", "ERROR")).containsExactly(8L);
        assertThat(row(table(PlacementsTables.of(early, C2026, 1), "placements-by-host-kind"), "TOTAL"))
                .containsExactly(0L);
    }
}
