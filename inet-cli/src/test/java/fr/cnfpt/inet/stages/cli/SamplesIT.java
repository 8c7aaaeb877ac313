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
}
