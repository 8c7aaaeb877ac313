package fr.cnfpt.inet.stages.domain.rule;

import static fr.cnfpt.inet.stages.domain.rule.OfferFixture.offer;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.CollectiveProjectTeam;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.PlacementCase;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules on placements and collective-project teams. */
class PlacementRulesTest {

    private final Edition edition = Editions.current();
    private int next;

    private Trainee trainee(Corps corps) {
        return Trainee.of(TraineeId.of("E" + (++next)), corps, CohortYear.of(2026));
    }

    private List<String> codes(Trainee trainee, Offer offer, InternshipType type) {
        PlacementCase placement = new PlacementCase(Placement.of(trainee.id(), offer.id(), type), trainee, offer);
        return PlacementRules.check(placement, edition).stream().map(v -> v.code().value()).toList();
    }

    @Test
    void acceptsATraineePlacedOnAnOfferOpenToTheirCorps() {
        Offer offer = offer(InternshipType.THEMATIQUE, Corps.ADMINISTRATEUR).build();
        assertThat(codes(trainee(Corps.ADMINISTRATEUR), offer, InternshipType.THEMATIQUE)).isEmpty();
    }

    @Test
    void rejectsAnEngineerPlacedOnAThematicInternship() {
        Offer offer = offer(InternshipType.THEMATIQUE, Corps.ADMINISTRATEUR).build();
        assertThat(codes(trainee(Corps.INGENIEUR_EN_CHEF), offer, InternshipType.THEMATIQUE))
                .containsExactly("PLACEMENT_CORPS_NOT_ELIGIBLE");
    }

    @Test
    void rejectsAPlacementWhoseTypeDiffersFromItsOffer() {
        Offer offer = offer(InternshipType.OBSERVATION, Corps.ADMINISTRATEUR).build();
        assertThat(codes(trainee(Corps.ADMINISTRATEUR), offer, InternshipType.THEMATIQUE)).contains("PLACEMENT_TYPE_MISMATCH");
    }

    @Test
    void rejectsAPlacementOnAnotherCohortsOffer() {
        Offer offer = offer(InternshipType.OBSERVATION, Corps.ADMINISTRATEUR).cohort(CohortYear.of(2027)).build();
        assertThat(codes(trainee(Corps.ADMINISTRATEUR), offer, InternshipType.OBSERVATION))
                .containsExactly("PLACEMENT_COHORT_MISMATCH");
    }

    /** "Cette mission, qui mobilise 4 élèves". */
    @Test
    void acceptsATeamOfFourFromTheThreeCorps() {
        CollectiveProjectTeam team = CollectiveProjectTeam.of(offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR).build().id(), List.of(
                trainee(Corps.ADMINISTRATEUR), trainee(Corps.ADMINISTRATEUR), trainee(Corps.CONSERVATEUR_BIBLIOTHEQUES),
                trainee(Corps.INGENIEUR_EN_CHEF)));
        assertThat(PlacementRules.check(team, edition)).isEmpty();
    }

    @Test
    void rejectsATeamOfThree() {
        CollectiveProjectTeam team = CollectiveProjectTeam.of(offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR).build().id(), List.of(
                trainee(Corps.ADMINISTRATEUR), trainee(Corps.CONSERVATEUR_BIBLIOTHEQUES), trainee(Corps.INGENIEUR_EN_CHEF)));
        assertThat(PlacementRules.check(team, edition)).extracting(v -> v.code().value())
                .containsExactly("COLLECTIVE_PROJECT_TEAM_SIZE");
    }

    @Test
    void rejectsASingleCorpsTeam() {
        CollectiveProjectTeam team = CollectiveProjectTeam.of(offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR).build().id(), List.of(
                trainee(Corps.ADMINISTRATEUR), trainee(Corps.ADMINISTRATEUR), trainee(Corps.ADMINISTRATEUR),
                trainee(Corps.ADMINISTRATEUR)));
        assertThat(PlacementRules.check(team, edition)).extracting(v -> v.code().value())
                .containsExactly("COLLECTIVE_PROJECT_TEAM_SINGLE_CORPS");
    }

    @Test
    void warnsOfATeamWithoutOneOfTheCorps() {
        CollectiveProjectTeam team = CollectiveProjectTeam.of(offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR).build().id(), List.of(
                trainee(Corps.ADMINISTRATEUR), trainee(Corps.ADMINISTRATEUR), trainee(Corps.INGENIEUR_EN_CHEF),
                trainee(Corps.INGENIEUR_EN_CHEF)));
        assertThat(PlacementRules.check(team, edition)).extracting(v -> v.code().value(), Violation::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("COLLECTIVE_PROJECT_TEAM_CORPS_MISSING", Severity.WARNING));
    }

    @Test
    void namesANumberedTeamInItsMessages() {
        CollectiveProjectTeam team = new CollectiveProjectTeam(
                offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR).build().id(),
                List.of(Corps.ADMINISTRATEUR, Corps.INGENIEUR_EN_CHEF, Corps.CONSERVATEUR_BIBLIOTHEQUES), 2);

        assertThat(PlacementRules.check(team, edition)).extracting(v -> v.message().en())
                .containsExactly("Team 2 of collective project " + team.offer() + " has 3 trainees instead of 4.");
    }

    @Test
    void namesAnUnnumberedTeamByItsOfferAlone() {
        CollectiveProjectTeam team = new CollectiveProjectTeam(
                offer(InternshipType.PROJET_COLLECTIF, Corps.ADMINISTRATEUR).build().id(),
                List.of(Corps.ADMINISTRATEUR, Corps.INGENIEUR_EN_CHEF, Corps.CONSERVATEUR_BIBLIOTHEQUES));

        assertThat(PlacementRules.check(team, edition)).extracting(v -> v.message().fr())
                .containsExactly("L'équipe du projet collectif " + team.offer() + " compte 3 élèves au lieu de 4.");
    }
}
