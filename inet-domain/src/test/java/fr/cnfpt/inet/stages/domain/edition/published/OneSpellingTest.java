package fr.cnfpt.inet.stages.domain.edition.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cnfpt.inet.stages.domain.edition.EditionText;
import fr.cnfpt.inet.stages.domain.edition.EditionTexts;
import fr.cnfpt.inet.stages.domain.edition.Erratum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed writes the engineers three ways: "Élèves ingénieurs et ingénieurs en chef territoriaux"
 * (summary table, timelines, collective projects), "Élèves ingénieurs et ingénieures en chef
 * territoriaux" (observation table), "Élèves ingénieures et ingénieurs en chef territoriaux"
 * (perfectionnement page). The edition prints one, the masculine-then-feminine pair of every other
 * corps, and records the others as errata.
 */
class OneSpellingTest {

    private static final Path SEED = Path.of("..", "..", "shared", "seeds", "accueillir-un-eleve-en-stage-2026-2027-fr.txt");
    private static final List<EditionText> TEXTS = EditionTexts.of(Editions.current());

    @ParameterizedTest(name = "never \"{0}\"")
    @CsvSource({"ingénieurs et ingénieurs", "ingénieures et ingénieurs", "Etape", "100h", "un élève"})
    void printsNoneOfTheSeedsVariants(String variant) {
        assertThat(TEXTS).noneMatch(t -> t.text().fr().contains(variant));
    }

    @Test
    void writesTheEngineersOneWayEverywhere() {
        assertThat(Editions.current().profile(fr.cnfpt.inet.stages.domain.corps.Corps.INGENIEUR_EN_CHEF).name().fr())
                .isEqualTo("ingénieurs et ingénieures en chef territoriaux");
        assertThat(TEXTS).filteredOn(t -> t.text().fr().contains("ingénieur") && t.text().fr().contains(" et "))
                .allSatisfy(t -> assertThat(t.text().fr()).as(t.where()).doesNotContainPattern("ingénieure?s et ingénieurs"));
        assertThat(TEXTS).filteredOn(t -> t.text().fr().contains("ingénieurs et ingénieures en chef")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void recordsBothVariantsAsErrata() {
        assertThat(Editions.current().errata()).filteredOn(e -> e.code().startsWith("INGENIEURS_") && e.code().endsWith("FORM")
                || e.code().equals("INGENIEURS_FEMININE_FIRST")).extracting(Erratum::published)
                .containsExactly("Élèves ingénieurs et ingénieurs en chef territoriaux",
                        "Élèves ingénieures et ingénieurs en chef territoriaux");
    }

    /** Each erratum quotes the seed word for word, so that a reader finds it there. */
    @Test
    void quotesEachErratumFromTheSeed() throws IOException {
        assumeTrue(Files.exists(SEED), "the seed brochure is beside the repository (shared/seeds)");
        String seed = Files.readString(SEED, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        for (Erratum erratum : Editions.current().errata()) {
            assertThat(seed).as(erratum.code()).contains(erratum.published());
        }
    }
}
