package fr.cnfpt.inet.stages.importer.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.host.Region;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PackedTraineeTest {

    private static final TraineeId ID = TraineeId.of("E-1");

    @ParameterizedTest
    @EnumSource(Corps.class)
    void unpacksTheTraineeItPacked(Corps corps) {
        for (int year : new int[] {CohortYear.MIN_YEAR, 2026, CohortYear.MAX_YEAR}) {
            Trainee trainee = Trainee.of(ID, corps, CohortYear.of(year));

            long packed = PackedTrainee.of(trainee);

            assertThat(packed).isNotZero();
            assertThat(PackedTrainee.trainee(packed, ID)).isEqualTo(trainee);
        }
    }

    @Test
    void keepsTheRegionOfEachRankApart() {
        long packed = PackedTrainee.of(Trainee.of(ID, Corps.INGENIEUR_EN_CHEF, CohortYear.of(2026)));
        long placed = packed;
        for (int rank = 1; rank <= PackedTrainee.RANKS; rank++) {
            placed = PackedTrainee.withRegion(placed, rank, rank % 2 == 0 ? PackedRegion.ABROAD : rank);
        }
        placed = PackedTrainee.withRegion(placed, 3, PackedRegion.UNKNOWN);

        for (int rank = 1; rank <= PackedTrainee.RANKS; rank++) {
            int expected = rank == 3 ? PackedRegion.UNKNOWN : rank % 2 == 0 ? PackedRegion.ABROAD : rank;
            assertThat(PackedTrainee.region(placed, rank)).as("rank %d", rank).isEqualTo(expected);
            assertThat(PackedTrainee.region(packed, rank)).isEqualTo(PackedRegion.NONE);
        }
        assertThat(PackedTrainee.trainee(placed, ID)).isEqualTo(PackedTrainee.trainee(packed, ID));
    }

    @Test
    void ignoresRanksBeyondThoseItKeeps() {
        long packed = PackedTrainee.of(Trainee.of(ID, Corps.ADMINISTRATEUR, CohortYear.of(2026)));

        assertThat(PackedTrainee.withRegion(packed, 0, 5)).isEqualTo(packed);
        assertThat(PackedTrainee.withRegion(packed, PackedTrainee.RANKS + 1, 5)).isEqualTo(packed);
        assertThat(PackedTrainee.region(packed, PackedTrainee.RANKS + 1)).isEqualTo(PackedRegion.NONE);
        assertThatThrownBy(() -> PackedTrainee.withRegion(packed, 1, 64)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void packsEveryRegionInSixBits() {
        for (Region region : Region.values()) {
            int packed = region.ordinal() + 1;
            assertThat(packed).isLessThan(PackedRegion.ABROAD);
            assertThat(PackedRegion.region(packed)).contains(region);
        }
        assertThat(PackedRegion.region(PackedRegion.NONE)).isEmpty();
        assertThat(PackedRegion.region(PackedRegion.UNKNOWN)).isEmpty();
    }
}
