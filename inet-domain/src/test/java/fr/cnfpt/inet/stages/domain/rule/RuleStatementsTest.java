package fr.cnfpt.inet.stages.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules' statements and sources quote the edition's figures, never write them. */
class RuleStatementsTest {

    private static final Path SEED = Path.of("..", "..", "shared", "seeds", "accueillir-un-eleve-en-stage-2026-2027-fr.txt");

    private static final Edition EDITION = Editions.current();
    private static final CollectiveProjectTerms TERMS = EDITION.catalogue().collectiveProjectTerms().orElseThrow();

    private static List<RuleDescription> all() {
        List<RuleDescription> all = new ArrayList<>();
        OfferRules.all().forEach(r -> all.add(r.description()));
        PlacementRules.placementRules().forEach(r -> all.add(r.description()));
        PlacementRules.teamRules().forEach(r -> all.add(r.description()));
        return all;
    }

    @Test
    void statesThePopulationThresholdContributionAndTeamSizeOfTheEdition() {
        assertThat(OfferRules.COLLECTIVE_PROJECT_POPULATION.description().statement(EDITION).fr())
                .isEqualTo("Un projet collectif se déroule dans une collectivité de plus de 40\u202f000 habitants.");
        assertThat(OfferRules.COLLECTIVE_PROJECT_POPULATION.description().statement(EDITION).en())
                .isEqualTo("A collective project takes place in a local authority of more than 40,000 inhabitants.");
        assertThat(OfferRules.COLLECTIVE_PROJECT_CONTRIBUTION.description().statement(EDITION).fr())
                .isEqualTo("La participation d'un projet collectif est le forfait de 4\u202f000\u00a0€.");
        assertThat(PlacementRules.TEAM_SIZE.description().statement(EDITION).en())
                .isEqualTo("A collective project team has 4 trainees.");
    }

    @Test
    void leavesNoPlaceholderOnceTheEditionIsGiven() {
        assertThat(all()).allSatisfy(d -> {
            assertThat(d.statement(EDITION).fr()).doesNotContain("{", "}");
            assertThat(d.statement(EDITION).en()).doesNotContain("{", "}");
            assertThat(d.source(EDITION)).doesNotContain("{", "}");
        });
    }

    /** "au sein d'une collectivité de plus de 40 000 habitants", "forfaitaire de 4 000 €", "mobilise 4 élèves". */
    @Test
    void quotesTheSeedWithTheEditionsFigures() throws IOException {
        assertThat(OfferRules.COLLECTIVE_PROJECT_POPULATION.description().source(EDITION)).isEqualTo(
                "Le projet collectif est un stage réalisé au sein d'une collectivité de plus de 40 000 habitants");
        assumeTrue(Files.exists(SEED), "the seed brochure is beside the repository (shared/seeds)");
        String seed = Files.readString(SEED).replaceAll("\\s+", " ");
        assertThat(all()).filteredOn(d -> d.source().contains("{")).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(d -> assertThat(seed).as(d.code().value()).contains(d.source(EDITION)));
    }

    @Test
    void writesNoFigureOfTheEditionInAStatement() {
        long population = TERMS.populationAbove();
        long contribution = TERMS.contribution().amount().longValue();
        assertThat(all()).allSatisfy(d -> {
            for (String text : List.of(d.statement().fr(), d.statement().en(), d.source())) {
                String digits = text.replaceAll("(?<=\\d)[\\s\u00a0\u202f,._](?=\\d{3})", "");
                assertThat(digits).as(d.code().value()).doesNotContainPattern("(?<!\\d)(" + population + "|"
                        + contribution + ")(?!\\d)");
                assertThat(text).as(d.code().value()).doesNotContainPattern("(?<!\\d)" + TERMS.teamSize()
                        + " (élèves|trainees)");
            }
        });
    }
}
