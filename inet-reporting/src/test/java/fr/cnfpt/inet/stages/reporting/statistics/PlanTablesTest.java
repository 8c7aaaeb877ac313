package fr.cnfpt.inet.stages.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.planning.TeamMeasures;
import fr.cnfpt.inet.stages.planning.summary.OfferUse;
import fr.cnfpt.inet.stages.planning.summary.Outcomes;
import fr.cnfpt.inet.stages.planning.summary.PlanSummary;
import fr.cnfpt.inet.stages.reporting.tables.CellText;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The plan report's tables, worked out by hand on {@link PlanReportFixture}, and what they withhold. */
class PlanTablesTest {

    private final List<StatTable> tables = PlanTables.of(PlanReportFixture.summary(), PlanReportFixture.EDITION, 5);

    @Test
    void listsTheTablesInTheReportsOrderWithoutTeamsOutsideCollectiveProjects() {
        assertThat(tables).extracting(StatTable::id).containsExactly("plan-outcomes-by-corps",
                "plan-wishes-granted-by-corps", "plan-rank-distribution", "plan-offers", "plan-offers-left-free");
    }

    @Test
    void countsTheOutcomesByCorpsAndWithholdsTheSmallCorps() {
        StatTable outcomes = table("plan-outcomes-by-corps");
        assertThat(outcomes.rows()).extracting(row -> ((Code) row.get(0)).code()).containsExactly("ADMINISTRATEUR",
                "CONSERVATEUR_BIBLIOTHEQUES", "INGENIEUR_EN_CHEF", "TOTAL");
        assertThat(outcomes.rows().get(0).subList(1, 5)).containsExactly(6L, 6L, 0L, 0L);
        assertThat(outcomes.rows().get(1).subList(1, 5)).containsExactly(null, null, 0L, 0L);
        assertThat(outcomes.rows().get(2).subList(1, 5)).containsExactly(null, null, 0L, 0L);
        assertThat(outcomes.rows().get(3).subList(1, 5)).containsExactly(9L, 9L, 0L, 0L);
        assertThat(outcomes.suppressed()).containsExactlyInAnyOrder(new StatTable.Cell(1, 1), new StatTable.Cell(1, 2),
                new StatTable.Cell(2, 1), new StatTable.Cell(2, 2));
        assertThat(CellText.of(outcomes, 2, 1, Language.FR, 5)).isEqualTo("< 5");
        assertThat(outcomes.notes()).extracting(note -> note.en()).anyMatch(note -> note.startsWith("Counts under 5"));
    }

    @Test
    void givesTheWishesGrantedAsCountsAndSharesOfTheCorpsTrainees() {
        StatTable granted = table("plan-wishes-granted-by-corps");
        assertThat(granted.rows().get(0).subList(1, 6)).containsExactly(5L, 5.0 / 6, 6L, 1.0, 1.0);
        assertThat(granted.rows().get(3).subList(1, 6)).containsExactly(8L, 8.0 / 9, 9L, 1.0, 1.0);
        // a share over a corps of fewer trainees than the threshold is withheld with its count
        assertThat(granted.rows().get(2).subList(1, 6)).containsOnlyNulls();
        assertThat(CellText.of(granted, 2, 2, Language.EN, 5)).isEqualTo("\u2014");
    }

    @Test
    void distributesTheRanksOverallAndPerCorps() {
        StatTable ranks = table("plan-rank-distribution");
        assertThat(ranks.columns()).extracting(StatColumn::id).containsExactly("rank", "trainees", "administrateur", "conservateur_bibliotheques", "ingenieur_en_chef");
        assertThat(ranks.rows()).extracting(row -> ((Code) row.get(0)).code()).containsExactly("1", "2",
                "OUTSIDE_WISHES", "UNPLACED", "TOTAL");
        assertThat(ranks.rows().get(0)).containsExactly(ranks.rows().get(0).get(0), 8L, 5L, null, null);
        // one trainee got their second wish: a count of one person is withheld, overall and in their corps
        assertThat(ranks.rows().get(1).subList(1, 5)).containsExactly(null, null, 0L, 0L);
        assertThat(ranks.rows().get(2).subList(1, 5)).containsExactly(0L, 0L, 0L, 0L);
        assertThat(ranks.rows().get(4).subList(1, 5)).containsExactly(9L, 6L, null, null);
    }

    @Test
    void showsEverythingWithAThresholdOfOne() {
        List<StatTable> all = PlanTables.of(PlanReportFixture.summary(), PlanReportFixture.EDITION, 1);
        assertThat(all).allSatisfy(table -> assertThat(table.suppressed()).isEmpty());
        StatTable ranks = all.get(2);
        assertThat(ranks.rows().get(1).subList(1, 5)).containsExactly(1L, 1L, 0L, 0L);
    }

    @Test
    void countsTheOffersAndListsThoseLeftFreeWhichAreNeverWithheld() {
        assertThat(table("plan-offers").rows()).containsExactly(List.of(10L, 10L, 1L, 1L));
        StatTable free = table("plan-offers-left-free");
        assertThat(free.rows()).hasSize(1);
        assertThat(((Code) free.rows().get(0).get(0)).code()).isEqualTo("O10");
        assertThat(((Code) free.rows().get(0).get(1)).code()).isEqualTo(PlanReportFixture.HOSTILE_HOST);
        assertThat(free.rows().get(0).subList(2, 4)).containsExactly(1L, 1L);
        assertThat(free.suppressed()).isEmpty();
    }

    @Test
    void setsTheTeamsAgainstTheirBound() {
        PlanSummary collective = PlanSummary.of(PlanReportFixture.summary().cohort(), InternshipType.PROJET_COLLECTIF,
                Map.of(Corps.ADMINISTRATEUR, new Outcomes(new TreeMap<>(Map.of(1, 8)), 0, 0)),
                new OfferUse(2, 2, 2, List.of())).withTeams(new TeamMeasures(2, 1, 2));
        List<StatTable> all = PlanTables.of(collective, PlanReportFixture.EDITION, 5);
        StatTable teams = all.stream().filter(t -> t.id().equals("plan-teams")).findFirst().orElseThrow();
        assertThat(teams.columns()).extracting(StatColumn::id).containsExactly("teams", "all_corps", "bound");
        assertThat(teams.rows()).containsExactly(List.of(2L, 1L, 2L));
        assertThat(all).extracting(StatTable::id).containsSubsequence("plan-rank-distribution", "plan-teams",
                "plan-offers");
    }

    @Test
    void refusesAThresholdUnderOne() {
        assertThatThrownBy(() -> PlanTables.of(PlanReportFixture.summary(), PlanReportFixture.EDITION, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private StatTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " not in " + Arrays.toString(tables.stream().map(StatTable::id).toArray())));
    }
}
