package fr.cnfpt.inet.stages.importer.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The teams of a collective-project offer of several places: one team per team number, checked each on
 * its own; an offer whose placements give no number is one team, as before team numbers existed.
 */
class CollectiveProjectTeamNumbersTest {

    private static final Edition EDITION = Editions.current();
    /** Eight trainees: two teams of four with every corps (E1-E4 and E5-E8), a ninth of a single corps. */
    private static final String TRAINEES = "Identifiant;Cadre d'emplois;Promotion\n"
            + "E1;AT;2026\nE2;AT;2026\nE3;CTB;2026\nE4;ICT;2026\nE5;AT;2026\nE6;CTB;2026\nE7;ICT;2026\nE8;ICT;2026\n"
            + "E9;AT;2026\n";
    private static final String HEADER = "Élève;Offre;Type de stage;Équipe\n";

    private Validation validation;

    @BeforeEach
    void start() throws Exception {
        validation = Validation.of(EDITION, Schedules.of(EDITION), ImporterRegistry.load()).withPlacementsChecked();
        check("offres.csv", RecordKind.OFFERS, "Référence;Structure d'accueil;Type de structure;Population;"
                + "Département;Type de stage;Cadre d'emplois;Promotion;Date de dépôt;Intitulé;Courriel;"
                + "Participation financière;Places\n"
                + "PC-1;Eurométropole de Strasbourg;INTERCOMMUNALITE;505272;67;PROJET_COLLECTIF;AT,CTB,ICT;2026;"
                + "01/06/2026;Mobilités;projets@strasbourg.eu;4000;2\n"
                + "OBS-1;Ville de Metz;COMMUNE;120000;57;OBSERVATION;AT;2026;15/11/2025;Observation;dgs@metz.fr;;\n");
        check("eleves.csv", RecordKind.TRAINEES, TRAINEES);
    }

    @Test
    void acceptsTwoNumberedTeamsOfFourOnAnOfferOfTwoPlaces() throws Exception {
        Collected placements = check("placements.csv", RecordKind.PLACEMENTS, HEADER + rows(1, 1, 1, 1, 2, 2, 2, 2));

        assertThat(placements.errors()).isEmpty();
        assertThat(placements.placements).extracting(p -> p.team()).containsExactly(1, 1, 1, 1, 2, 2, 2, 2);
        assertThat(validation.finish()).isEmpty();
    }

    @Test
    void checksTheEightUnnumberedTraineesOfAnOfferAsOneTeamAsBefore() throws Exception {
        check("placements.csv", RecordKind.PLACEMENTS, "Élève;Offre;Type de stage\n" + rows());

        assertThat(validation.finish()).extracting(Problem::line, Problem::code, p -> p.message().en())
                .containsExactly(tuple(2L, "COLLECTIVE_PROJECT_TEAM_SIZE",
                        "The team of collective project PC-1 has 8 trainees instead of 4."));
    }

    @Test
    void reportsATeamOfThreeOnTheLineOfItsFirstPlacement() throws Exception {
        check("placements.csv", RecordKind.PLACEMENTS, HEADER + rows(1, 1, 1, 1, 2, 2, 2, 0).replace("E8;PC-1;PROJET_COLLECTIF;\n", ""));

        assertThat(validation.finish()).extracting(Problem::line, Problem::code, p -> p.message().en())
                .containsExactly(tuple(6L, "COLLECTIVE_PROJECT_TEAM_SIZE",
                        "Team 2 of collective project PC-1 has 3 trainees instead of 4."));
    }

    @Test
    void checksEachNumberedTeamOnItsOwn() throws Exception {
        // team 1: E1, E2 (AT), E4, E7 (ICT); team 2: E3, E6 (CTB), E5 (AT), E8 (ICT)
        check("placements.csv", RecordKind.PLACEMENTS, HEADER + rows(1, 1, 2, 1, 2, 2, 1, 2));

        List<Problem> teams = validation.finish();
        assertThat(teams).extracting(Problem::line, Problem::code, Problem::severity)
                .containsExactly(tuple(2L, "COLLECTIVE_PROJECT_TEAM_CORPS_MISSING", Severity.WARNING));
        assertThat(teams.get(0).message().en()).startsWith("Team 1 of collective project PC-1 has no ");
    }

    @Test
    void refusesATeamNumberAboveTheOffersPlaces() throws Exception {
        Collected placements = check("placements.csv", RecordKind.PLACEMENTS, HEADER + rows(1, 1, 1, 1, 3, 3, 3, 3));

        assertThat(placements.errors()).extracting(Problem::line, Problem::code, Problem::column)
                .containsExactly(tuple(6L, "PLACEMENT_TEAM_BEYOND_PLACES", "Équipe"),
                        tuple(7L, "PLACEMENT_TEAM_BEYOND_PLACES", "Équipe"),
                        tuple(8L, "PLACEMENT_TEAM_BEYOND_PLACES", "Équipe"),
                        tuple(9L, "PLACEMENT_TEAM_BEYOND_PLACES", "Équipe"));
        assertThat(placements.errors().get(0).message().fr()).contains("numérotez ses équipes de 1 à 2");
        assertThat(validation.finish()).isEmpty();
    }

    @Test
    void refusesATeamNumberOnAPlacementThatIsNotACollectiveProject() throws Exception {
        Collected placements = check("placements.csv", RecordKind.PLACEMENTS, HEADER + "E9;OBS-1;OBSERVATION;1\n");

        assertThat(placements.errors()).extracting(Problem::line, Problem::code, Problem::column, Problem::value)
                .containsExactly(tuple(2L, "PLACEMENT_TEAM_NOT_COLLECTIVE", "Équipe", "1"));
        assertThat(placements.errors().get(0).message().en()).contains("leave the cell empty");
    }

    @Test
    void reportsAnOfferThatMixesNumberedAndUnnumberedPlacements() throws Exception {
        check("placements.csv", RecordKind.PLACEMENTS, HEADER + rows(1, 1, 1, 1, 0, 0, 0, 0));

        assertThat(validation.finish()).extracting(Problem::line, Problem::code, Problem::severity)
                .containsExactly(tuple(6L, "PLACEMENT_TEAM_NUMBERS_MIXED", Severity.ERROR));
    }

    /** The placements of E1 to E8 on PC-1, each with its team number (0: none), or none at all. */
    private static String rows(int... teams) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            rows.append("E").append(i + 1).append(";PC-1;PROJET_COLLECTIF");
            if (teams.length > 0) {
                rows.append(';').append(teams[i] == 0 ? "" : String.valueOf(teams[i]));
            }
            rows.append('\n');
        }
        return rows.toString();
    }

    private Collected check(String file, RecordKind kind, String content) throws Exception {
        Collected collected = new Collected();
        FileReport report = validation.check(ImportRequest.of(file,
                () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), kind), null, collected);
        assertThat(report.accepted() + report.rejected()).isEqualTo(report.rows());
        if (kind != RecordKind.PLACEMENTS) {
            assertThat(collected.errors()).as(file).isEmpty();
        }
        return collected;
    }
}
