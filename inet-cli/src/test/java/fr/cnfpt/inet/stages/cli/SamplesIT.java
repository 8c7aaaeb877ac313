package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample files of docs/samples pass inet validate, from the shaded jar, with no error and no warning. */
class SamplesIT {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    @ParameterizedTest
    @ValueSource(strings = {"offres-excel.csv", "offers.csv", "offers.json", "offers.jsonl", "offres.xlsx",
            "eleves.csv", "trainees.json", "eleves.xlsx"})
    void eachSampleFileIsValid(String file) throws Exception {
        InetJar.Result result = InetJar.run("validate", SAMPLES.resolve(file).toString(), "--strict", "--lang", "en");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("0 rejected; 0 error(s), 0 warning(s)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"placements.csv", "placements.json", "placements.xlsx"})
    void placementsAreValidAgainstTheSampleOffersAndTrainees(String file) throws Exception {
        InetJar.Result result = InetJar.run("validate", SAMPLES.resolve("offers.json").toString(),
                SAMPLES.resolve("trainees.json").toString(), SAMPLES.resolve(file).toString(), "--strict", "--lang", "en");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("11 rows = 11 accepted + 0 rejected");
    }

    @org.junit.jupiter.api.Test
    void wishesAreValidAgainstTheSampleOffersAndTrainees() throws Exception {
        InetJar.Result result = InetJar.run("validate", SAMPLES.resolve("offers.json").toString(),
                SAMPLES.resolve("trainees.json").toString(), SAMPLES.resolve("voeux.csv").toString(), "--strict",
                "--lang", "en");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("9 rows = 9 accepted + 0 rejected; 0 error(s), 0 warning(s)");
    }

    @org.junit.jupiter.api.Test
    void exclusionsAndLockedPlacementsAreValidAgainstTheSampleOffersAndTrainees() throws Exception {
        InetJar.Result result = InetJar.run("validate", SAMPLES.resolve("offers.json").toString(),
                SAMPLES.resolve("trainees.json").toString(), SAMPLES.resolve("exclusions.csv").toString(),
                SAMPLES.resolve("verrous.csv").toString(), "--strict", "--lang", "en");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("exclusions.csv (exclusions, csv, utf-8): 3 rows = 3 accepted + 0 rejected;"
                + " 0 error(s), 0 warning(s)", "verrous.csv (placements, csv, utf-8): 1 rows = 1 accepted + 0 rejected");
    }

    /** The cohort of docs/samples/promotion-2026 (bench/Promotion.java): offers, trainees, earlier placements. */
    @org.junit.jupiter.api.Test
    void theCohortsOffersTraineesAndPlacementsAreValid() throws Exception {
        Path cohort = SAMPLES.resolve("promotion-2026");
        InetJar.Result result = InetJar.run("validate", cohort.resolve("offres.csv").toString(),
                cohort.resolve("eleves.csv").toString(), cohort.resolve("affectations-observation.csv").toString(),
                cohort.resolve("affectations-thematique.csv").toString(), "--strict", "--lang", "en");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("658 rows = 658 accepted + 0 rejected; 0 error(s), 0 warning(s)",
                "170 rows = 170 accepted + 0 rejected; 0 error(s), 0 warning(s)",
                "118 rows = 118 accepted + 0 rejected; 0 error(s), 0 warning(s)");
    }

    /** Each wishes file of the cohort in its own run: a trainee's ranks are checked across a run's wishes. */
    @ParameterizedTest
    @ValueSource(strings = {"voeux-observation.csv", "voeux-thematique.csv", "voeux-projet-collectif.csv"})
    void theCohortsWishesAreValid(String file) throws Exception {
        Path cohort = SAMPLES.resolve("promotion-2026");
        InetJar.Result result = InetJar.run("validate", cohort.resolve("offres.csv").toString(),
                cohort.resolve("eleves.csv").toString(), cohort.resolve(file).toString(), "--strict", "--lang", "en");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).containsPattern(java.util.regex.Pattern.quote(file)
                + " \\(wishes, csv, utf-8\\): \\d+ rows = \\d+ accepted \\+ 0 rejected; 0 error\\(s\\), 0 warning\\(s\\)");
    }
}
