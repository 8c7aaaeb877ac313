package fr.cnfpt.inet.stages.reporting.statistics;

import static fr.cnfpt.inet.stages.reporting.statistics.StatisticsKnownAnswersTest.row;
import static fr.cnfpt.inet.stages.reporting.statistics.StatisticsKnownAnswersTest.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyThresholdTest {

    private final Statistics statistics = new Dataset().statistics();

    @Test
    void countsOfTraineesUnderTheThresholdAreWithheldAndListed() {
        StatTable trainees = table(PlacementsTables.of(statistics, CohortYear.of(2026), 5),
                "trainees-by-corps-and-cohort");

        // 6 administrateurs are shown; 2 conservateurs and 1 ingénieur are under 5.
        assertThat(row(trainees, "2026", "ADMINISTRATEUR")).containsExactly(6L);
        assertThat(row(trainees, "2026", "CONSERVATEUR_BIBLIOTHEQUES")).containsOnlyNulls();
        assertThat(trainees.suppressed()).containsExactly(new StatTable.Cell(1, 2), new StatTable.Cell(2, 2));
        assertThat(trainees.notes()).extracting(n -> n.in(Language.EN))
                .contains("Counts under 5 are withheld (\"< 5\"), and so are the rates computed from them (\"—\"), to"
                        + " protect trainees' privacy.");
    }

    @Test
    void ratesOverTooFewTraineesAreWithheldToo() {
        StatTable rates = table(PlacementsTables.of(statistics, CohortYear.of(2026), 5),
                "placement-rate-by-type-and-corps");

        // Administrateurs, observation: 6 due, 2 placed: the 2 is withheld, and so is the rate it gives.
        assertThat(row(rates, "OBSERVATION", "ADMINISTRATEUR")).containsExactly(6L, null, null);
        // A count of 0 reveals no one: shown.
        assertThat(row(rates, "OBSERVATION", "INGENIEUR_EN_CHEF")).containsExactly(null, 0L, null);
    }

    @Test
    void offersAreNeverWithheld() {
        for (StatTable table : OffersTables.of(statistics, CohortYear.of(2026))) {
            assertThat(table.suppressed()).as(table.id()).isEmpty();
        }
    }

    @Test
    void thresholdOfOneWithholdsNothing() {
        List<StatTable> tables = PlacementsTables.of(statistics, CohortYear.of(2026), 1);

        assertThat(tables).allSatisfy(t -> assertThat(t.suppressed()).isEmpty());
        assertThatThrownBy(() -> PlacementsTables.of(statistics, CohortYear.of(2026), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
