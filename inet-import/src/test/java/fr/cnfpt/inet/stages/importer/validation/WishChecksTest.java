package fr.cnfpt.inet.stages.importer.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of wishes across rows, and against the offers and trainees read in the same run. */
class WishChecksTest {

    private static final Edition EDITION = Editions.current();
    private static final String OFFERS = "Référence;Structure d'accueil;Type de structure;Département;Type de stage;"
            + "Cadre d'emplois;Promotion;Date de dépôt;Intitulé;Courriel\n"
            + "OBS-AT;Ville de Metz;COMMUNE;57;OBSERVATION;AT;2026;15/11/2025;Observation;dgs@metz.fr\n"
            + "OBS-ALL;Ville de Nancy;COMMUNE;54;OBSERVATION;AT,ICT;2026;15/11/2025;Observation;dgs@nancy.fr\n"
            + "OBS-2027;Ville de Reims;COMMUNE;51;OBSERVATION;AT,ICT;2027;15/11/2026;Observation;dgs@reims.fr\n"
            + "THE-AT;Ville de Lille;COMMUNE;59;THEMATIQUE;AT;2026;15/11/2025;Thématique;dg@lille.fr\n";
    private static final String TRAINEES = "Identifiant;Cadre d'emplois;Promotion\nE1;AT;2026\nE2;ICT;2026\n";

    @Test
    void acceptsWishesThatFitTheOffersAndTrainees() throws Exception {
        Run run = new Run().with("offres.csv", RecordKind.OFFERS, OFFERS).with("eleves.csv", RecordKind.TRAINEES, TRAINEES);
        Collected wishes = run.check("voeux.csv", "Élève;Offre;Rang\nE1;OBS-AT;1\nE1;OBS-ALL;2\nE2;OBS-ALL;1\n");

        assertThat(wishes.problems).isEmpty();
        assertThat(wishes.wishes).hasSize(3);
        assertThat(run.validation.finish()).isEmpty();
    }

    @Test
    void rejectsAWishForAnUnknownOfferOrTrainee() throws Exception {
        Run run = new Run().with("offres.csv", RecordKind.OFFERS, OFFERS).with("eleves.csv", RecordKind.TRAINEES, TRAINEES);
        Collected wishes = run.check("voeux.csv", "Élève;Offre;Rang\nE1;OBS-9;1\nE9;OBS-AT;1\n");

        assertThat(wishes.problems).extracting(Problem::line, Problem::code, Problem::column).containsExactly(
                tuple(2L, "OFFER_UNKNOWN", "Offre"), tuple(3L, "TRAINEE_UNKNOWN", "Élève"));
        assertThat(wishes.rejected).containsExactly(2L, 3L);
    }

    @Test
    void rejectsAWishForAnOfferOfAnotherCohortOrNotOpenToTheTraineesCorps() throws Exception {
        Run run = new Run().with("offres.csv", RecordKind.OFFERS, OFFERS).with("eleves.csv", RecordKind.TRAINEES, TRAINEES);
        // OBS-AT is open to administrateurs only; the thématique is not open to the ingénieurs en chef
        Collected wishes = run.check("voeux.csv", "Élève;Offre;Rang\nE1;OBS-2027;1\nE2;OBS-AT;1\nE2;THE-AT;2\n");

        assertThat(wishes.problems).extracting(Problem::line, Problem::code).containsExactly(
                tuple(2L, "WISH_COHORT_MISMATCH"), tuple(3L, "WISH_CORPS_NOT_ELIGIBLE"),
                tuple(4L, "WISH_CORPS_NOT_ELIGIBLE"));
        assertThat(wishes.problems.get(0).message().en()).contains("cohort 2027");
        assertThat(wishes.wishes).isEmpty();
    }

    @Test
    void rejectsASecondWishAtTheSameRankOrForTheSameOfferNamingTheFirstLine() throws Exception {
        Collected wishes = new Run().check("voeux.csv", "Élève;Offre;Rang\nE1;OBS-AT;1\nE1;OBS-ALL;1\nE1;OBS-AT;2\n"
                + "E2;OBS-AT;1\n");

        assertThat(wishes.problems).extracting(Problem::line, Problem::code, Problem::field).containsExactly(
                tuple(3L, "WISH_RANK_DUPLICATE", "rank"), tuple(4L, "WISH_OFFER_DUPLICATE", "offer"));
        assertThat(wishes.problems.get(0).message().en()).contains("line 2 (voeux.csv)");
        assertThat(wishes.problems.get(1).message().fr()).contains("ligne 2 (voeux.csv)");
        assertThat(wishes.wishes).hasSize(2);
    }

    @Test
    void warnsOfGapsInATraineesRanksOnceAllWishesAreRead() throws Exception {
        Run run = new Run();
        Collected wishes = run.check("voeux.csv", "Élève;Offre;Rang\nE1;A;1\nE2;B;2\nE1;B;2\nE1;C;4\nE3;A;1\nE2;C;3\n");

        assertThat(wishes.problems).isEmpty();
        List<Problem> gaps = run.validation.finish();
        assertThat(gaps).extracting(Problem::line, Problem::code, Problem::value, Problem::isError).containsExactly(
                tuple(2L, "WISH_RANK_GAP", "1, 2, 4", false), tuple(3L, "WISH_RANK_GAP", "2, 3", false));
        assertThat(gaps.get(0).message().en()).contains("rank(s) 3 are missing").doesNotContain("E1");
        assertThat(gaps.get(1).message().fr()).contains("il manque le(s) rang(s) 1");
    }

    @Test
    void checksWishesWithoutOffersOrTraineesFilesAcrossRowsOnly() throws Exception {
        Collected wishes = new Run().check("voeux.csv", "Élève;Offre;Rang\nE1;ANY;1\nE9;OTHER;1\n");

        assertThat(wishes.problems).isEmpty();
        assertThat(wishes.wishes).hasSize(2);
    }

    /** One run of checks, files read in the order given (offers, trainees, then wishes). */
    private static final class Run {
        final Validation validation = Validation.of(EDITION, Schedules.of(EDITION), ImporterRegistry.load())
                .withPlacementsChecked();

        Run with(String file, RecordKind kind, String content) throws Exception {
            Collected collected = read(file, kind, content);
            assertThat(collected.errors()).isEmpty();
            return this;
        }

        Collected check(String file, String content) throws Exception {
            return read(file, RecordKind.WISHES, content);
        }

        private Collected read(String file, RecordKind kind, String content) throws Exception {
            Collected collected = new Collected();
            FileReport report = validation.check(ImportRequest.of(file,
                    () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), kind), null, collected);
            assertThat(report.accepted() + report.rejected()).isEqualTo(report.rows());
            return collected;
        }
    }
}
