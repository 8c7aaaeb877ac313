package fr.cnfpt.inet.stages.domain.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import org.junit.jupiter.api.Test;

class TraineeTest {

    @Test
    void neverPrintsPersonalData() {
        Trainee trainee = Trainee.of(TraineeId.of("E2026-017"), Corps.ADMINISTRATEUR, CohortYear.of(2026))
                .withDetails(PersonalDetails.of("Camille", "Durand").withEmail(EmailAddress.of("camille.durand@example.fr")));
        assertThat(trainee.toString()).contains("E2026-017").doesNotContain("Camille").doesNotContain("Durand")
                .doesNotContain("example.fr");
        assertThat(trainee.details().orElseThrow().toString()).isEqualTo("PersonalDetails[hidden]");
        assertThat(trainee.details().orElseThrow().familyName()).isEqualTo("Durand");
    }

    @Test
    void needsNoPersonalData() {
        assertThat(Trainee.of(TraineeId.of("E1"), Corps.INGENIEUR_EN_CHEF, CohortYear.of(2026)).details()).isEmpty();
    }
}
