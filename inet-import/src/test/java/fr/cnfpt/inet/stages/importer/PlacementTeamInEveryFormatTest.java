package fr.cnfpt.inet.stages.importer;

import static fr.cnfpt.inet.stages.importer.WishesAndOfferPlacesInEveryFormatTest.read;
import static fr.cnfpt.inet.stages.importer.WishesAndOfferPlacesInEveryFormatTest.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The placements' optional team column, read by the CSV, JSON and XLSX importers through the shared binder:
 * French and English headers, the same records, the same problems.
 */
class PlacementTeamInEveryFormatTest {

    private static final List<Placement> PLACEMENTS = List.of(
            Placement.inTeam(TraineeId.of("E1"), OfferId.of("PC-1"), InternshipType.PROJET_COLLECTIF, 2),
            Placement.of(TraineeId.of("E2"), OfferId.of("OBS-1"), InternshipType.OBSERVATION));

    @Test
    void readsTheTeamNumberInEveryFormatAndNoneWhenTheCellIsEmpty() throws Exception {
        Collected csv = read("placements.csv", RecordKind.PLACEMENTS,
                "Élève;Offre;Type de stage;N° d'équipe\nE1;PC-1;PROJET_COLLECTIF;2\nE2;OBS-1;OBSERVATION;\n");
        Collected json = read("placements.jsonl", RecordKind.PLACEMENTS,
                "{\"trainee\":\"E1\",\"offer\":\"PC-1\",\"type\":\"PROJET_COLLECTIF\",\"team\":2}\n"
                        + "{\"trainee\":\"E2\",\"offer\":\"OBS-1\",\"type\":\"OBSERVATION\"}\n");
        Collected xlsx = read("placements.xlsx", RecordKind.PLACEMENTS, workbook(List.of(
                List.of("Trainee", "Offer", "Internship type", "Team number"),
                List.of("E1", "PC-1", "PROJET_COLLECTIF", 2.0), List.of("E2", "OBS-1", "OBSERVATION"))));

        for (Collected read : List.of(csv, json, xlsx)) {
            assertThat(read.problems).isEmpty();
            assertThat(read.placements).containsExactlyElementsOf(PLACEMENTS);
        }
    }

    @Test
    void acceptsEveryHeaderOfTheTeamColumn() throws Exception {
        for (String header : List.of("Équipe", "N° d'équipe", "Numéro d'équipe", "Team", "Team number")) {
            Collected csv = read("placements.csv", RecordKind.PLACEMENTS,
                    "Élève;Offre;Type de stage;" + header + "\nE1;PC-1;PROJET_COLLECTIF;2\n");

            assertThat(csv.placements).as(header).containsExactly(PLACEMENTS.get(0));
        }
    }

    @Test
    void rejectsATeamNumberThatIsNotAPositiveWholeNumberInEveryFormat() throws Exception {
        Collected csv = read("placements.csv", RecordKind.PLACEMENTS, "Élève;Offre;Type de stage;Équipe\n"
                + "E1;PC-1;PROJET_COLLECTIF;0\nE2;PC-1;PROJET_COLLECTIF;deux\nE3;PC-1;PROJET_COLLECTIF;1,5\n");
        Collected json = read("placements.jsonl", RecordKind.PLACEMENTS,
                "{\"trainee\":\"E1\",\"offer\":\"PC-1\",\"type\":\"PROJET_COLLECTIF\",\"team\":-1}\n");
        Collected xlsx = read("placements.xlsx", RecordKind.PLACEMENTS, workbook(List.of(
                List.of("Élève", "Offre", "Type de stage", "Équipe"), List.of("E1", "PC-1", "PROJET_COLLECTIF", 2.5))));

        assertThat(csv.codes()).containsExactly("TEAM_INVALID", "TEAM_INVALID", "TEAM_INVALID");
        assertThat(csv.problems).extracting(Problem::column).containsOnly("Équipe");
        assertThat(csv.problems.get(0).message().fr()).contains("« 0 » n'est pas un numéro d'équipe");
        assertThat(csv.rejected).containsExactly(2L, 3L, 4L);
        assertThat(json.codes()).containsExactly("TEAM_INVALID");
        assertThat(json.problems).extracting(Problem::field).containsOnly("team");
        assertThat(xlsx.codes()).containsExactly("TEAM_INVALID");
        assertThat(xlsx.problems).extracting(Problem::cell).containsExactly("D2");
        assertThat(csv.placements).isEmpty();
        assertThat(json.placements).isEmpty();
        assertThat(xlsx.placements).isEmpty();
    }
}
