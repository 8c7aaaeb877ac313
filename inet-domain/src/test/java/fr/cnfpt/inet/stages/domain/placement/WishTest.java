package fr.cnfpt.inet.stages.domain.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import org.junit.jupiter.api.Test;

class WishTest {

    @Test
    void firstChoiceIsRankOne() {
        Wish wish = Wish.of(TraineeId.of("E1"), OfferId.of("O1"), 1);
        assertThat(wish.rank()).isEqualTo(1);
        assertThat(wish).isEqualTo(new Wish(TraineeId.of("E1"), OfferId.of("O1"), 1));
    }

    @Test
    void rejectsRankBelowOne() {
        assertThatThrownBy(() -> Wish.of(TraineeId.of("E1"), OfferId.of("O1"), 0))
                .isInstanceOf(DomainException.class).hasMessageContaining("1 or more");
    }
}
