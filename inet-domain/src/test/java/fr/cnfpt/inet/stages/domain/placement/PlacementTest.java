package fr.cnfpt.inet.stages.domain.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlacementTest {

    private static final TraineeId TRAINEE = TraineeId.of("E1");
    private static final OfferId OFFER = OfferId.of("PC-1");

    @Test
    void aPlacementOfThreeValuesNamesNoTeam() {
        Placement placement = Placement.of(TRAINEE, OFFER, InternshipType.PROJET_COLLECTIF);

        assertThat(placement.teamNumber()).isEmpty();
        assertThat(placement.team()).isEqualTo(Placement.NO_TEAM);
        assertThat(placement).isEqualTo(new Placement(TRAINEE, OFFER, InternshipType.PROJET_COLLECTIF));
    }

    @Test
    void aPlacementInATeamGivesItsNumber() {
        Placement placement = Placement.inTeam(TRAINEE, OFFER, InternshipType.PROJET_COLLECTIF, 2);

        assertThat(placement.teamNumber()).isEqualTo(OptionalInt.of(2));
        assertThat(placement.withTeam(Placement.NO_TEAM).teamNumber()).isEmpty();
    }

    @Test
    void twoPlacementsInDifferentTeamsDiffer() {
        Placement first = Placement.inTeam(TRAINEE, OFFER, InternshipType.PROJET_COLLECTIF, 1);

        assertThat(first).isNotEqualTo(first.withTeam(2)).isNotEqualTo(first.withTeam(Placement.NO_TEAM))
                .isEqualTo(new Placement(TRAINEE, OFFER, InternshipType.PROJET_COLLECTIF, 1));
    }

    @Test
    void rejectsATeamNumberBelowOne() {
        assertThatThrownBy(() -> Placement.inTeam(TRAINEE, OFFER, InternshipType.PROJET_COLLECTIF, 0))
                .isInstanceOf(DomainException.class).hasMessageContaining("1 or more");
        assertThatThrownBy(() -> new Placement(TRAINEE, OFFER, InternshipType.PROJET_COLLECTIF, -1))
                .isInstanceOf(DomainException.class).hasMessageContaining("1 or more");
    }
}
