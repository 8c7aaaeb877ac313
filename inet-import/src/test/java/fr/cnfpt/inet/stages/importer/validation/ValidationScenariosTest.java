package fr.cnfpt.inet.stages.importer.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios across rows and files: the calendar, duplicates, placements and teams. */
class ValidationScenariosTest {

    private static final Edition EDITION = Editions.current();
    private static final String OFFERS_HEADER = "Référence;Structure d'accueil;Type de structure;Population;Département;"
            + "Type de stage;Cadre d'emplois;Promotion;Premier jour;Dernier jour;Date de dépôt;Intitulé;Courriel;"
            + "Participation financière\n";

    private Validation validation;

    @BeforeEach
    void start() {
        validation = Validation.of(EDITION, Schedules.of(EDITION), ImporterRegistry.load()).withPlacementsChecked();
    }

    @Test
    void warnsOfAnOfferSubmittedAfterTheDeadlineButKeepsIt() throws Exception {
        // "Dépôt des offres jusqu'au 24 novembre 2025" (stage d'observation, administrateurs, 2026-2027)
        Collected offers = check("offres.csv", RecordKind.OFFERS, OFFERS_HEADER
                + "OBS-1;Ville de Metz;COMMUNE;120000;57;OBSERVATION;AT;2026;;;25/11/2025;Observation;dgs@metz.fr;\n");

        assertThat(offers.codes()).containsExactly("OFFER_SUBMITTED_LATE");
        assertThat(offers.offers).hasSize(1);
    }

    @Test
    void rejectsDaysOutsideTheInternshipsPeriodForTheCorps() throws Exception {
        // "4 semaines du 30 mars au 24 avril 2026": an offer for June does not fit
        Collected offers = check("offres.csv", RecordKind.OFFERS, OFFERS_HEADER
                + "OBS-1;Ville de Metz;COMMUNE;120000;57;OBSERVATION;AT;2026;01/06/2026;19/06/2026;15/11/2025;"
                + "Observation;dgs@metz.fr;\n");

        assertThat(offers.codes()).containsExactly("PERIOD_OUTSIDE_WINDOW");
        assertThat(offers.rejected).containsExactly(2L);
    }

    @Test
    void reportsADuplicateReferenceWithBothLines() throws Exception {
        String row = "OBS-1;Ville de Metz;COMMUNE;120000;57;OBSERVATION;AT;2026;;;15/11/2025;Observation;dgs@metz.fr;\n";
        Collected offers = check("offres.csv", RecordKind.OFFERS, OFFERS_HEADER + row + "\n" + row);

        Problem duplicate = offers.problems.get(0);
        assertThat(duplicate.code()).isEqualTo("DUPLICATE_REFERENCE");
        assertThat(duplicate.line()).isEqualTo(4);
        assertThat(duplicate.message().en()).contains("line 2");
    }

    @Test
    void checksPlacementsAgainstTheOffersAndTraineesOfTheRunAndTheTeamsAtTheEnd() throws Exception {
        check("offres.csv", RecordKind.OFFERS, OFFERS_HEADER
                + "PC-1;Eurométropole de Strasbourg;INTERCOMMUNALITE;505272;67;PROJET_COLLECTIF;AT,CTB,ICT;2026;;;"
                + "01/06/2026;Mobilités;projets@strasbourg.eu;4000\n"
                + "OBS-1;Ville de Metz;COMMUNE;120000;57;OBSERVATION;AT;2026;;;15/11/2025;Observation;dgs@metz.fr;\n");
        Collected trainees = check("eleves.csv", RecordKind.TRAINEES, "Identifiant;Cadre d'emplois;Promotion\n"
                + "E1;AT;2026\nE2;AT;2026\nE3;ICT;2026\nE1;CTB;2026\n");
        Collected placements = check("placements.csv", RecordKind.PLACEMENTS, "Élève;Offre;Type de stage\n"
                + "E1;PC-1;PROJET_COLLECTIF\nE2;PC-1;PROJET_COLLECTIF\nE3;OBS-1;OBSERVATION\nE9;PC-9;OBSERVATION\n");

        assertThat(trainees.codes()).containsExactly("DUPLICATE_TRAINEE");
        assertThat(placements.problems).extracting(Problem::line, Problem::code).contains(
                org.assertj.core.groups.Tuple.tuple(4L, "PLACEMENT_CORPS_NOT_ELIGIBLE"),
                org.assertj.core.groups.Tuple.tuple(5L, "OFFER_UNKNOWN"),
                org.assertj.core.groups.Tuple.tuple(5L, "TRAINEE_UNKNOWN"));
        assertThat(validation.finish()).extracting(Problem::code).contains("COLLECTIVE_PROJECT_TEAM_SIZE");
    }

    private Collected check(String file, RecordKind kind, String content) throws Exception {
        Collected collected = new Collected();
        FileReport report = validation.check(ImportRequest.of(file,
                () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), kind), null, collected);
        assertThat(report.accepted() + report.rejected()).isEqualTo(report.rows());
        return collected;
    }
}
