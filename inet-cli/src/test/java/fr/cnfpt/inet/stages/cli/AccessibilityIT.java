package fr.cnfpt.inet.stages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTML editions pass axe-core's WCAG 2.1 A and AA rules in headless Chromium (RGAA 4.1, the
 * French public sector's standard, rests on them): the brochure of each cohort and language and the
 * three statistics reports in both languages, written by the shaded jar. All pages are checked in
 * one browser run ({@link AxeCheck}), with two pages of our own that show the check can fail.
 */
class AccessibilityIT {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private static final Path ACCESSIBILITY = Path.of("src", "test", "resources", "accessibility");

    @TempDir
    static Path folder;

    private static Map<Path, List<AxeCheck.Violation>> violations;

    @BeforeAll
    static void checkEveryPage() throws Exception {
        AxeCheck axe = AxeCheck.find();
        List<Path> pages = new ArrayList<>();
        for (String cohort : List.of("2026", "2027")) {
            for (String lang : List.of("fr", "en")) {
                Path page = brochure(cohort, lang);
                InetJar.Result result = InetJar.run("brochure", "--cohort", cohort, "--lang", lang, "--format", "html",
                        "-o", page.toString());
                assertThat(result.exitCode()).as(result.err()).isZero();
                pages.add(page);
            }
        }
        for (String lang : List.of("fr", "en")) {
            InetJar.Result result = InetJar.run("stats", "--offers", SAMPLES.resolve("offres.xlsx").toString(),
                    "--trainees", SAMPLES.resolve("eleves.csv").toString(), "--placements",
                    SAMPLES.resolve("placements.json").toString(), "--format", "html", "--lang", lang, "-o",
                    folder.resolve("stats-" + lang).toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
            for (String report : List.of("offers", "placements", "dashboard")) {
                pages.add(statistics(report, lang));
            }
        }
        pages.add(ACCESSIBILITY.resolve("violations.html"));
        pages.add(ACCESSIBILITY.resolve("clean.html"));
        violations = axe.run(pages);
    }

    private static Path brochure(String cohort, String lang) {
        return folder.resolve("brochure-" + cohort + "-" + lang + ".html");
    }

    private static Path statistics(String report, String lang) {
        return folder.resolve("stats-" + lang).resolve(report + "-2026-2027-" + lang + ".html");
    }

    private static List<AxeCheck.Violation> of(Path page) {
        List<AxeCheck.Violation> found = violations.get(page.toAbsolutePath().normalize());
        assertThat(found).as("axe-core's result for " + page).isNotNull();
        return found;
    }

    @ParameterizedTest(name = "{0} report in {1}")
    @CsvSource({"offers, fr", "placements, fr", "dashboard, fr", "offers, en", "placements, en", "dashboard, en"})
    void statisticsReportHasNoWcagViolation(String report, String lang) {
        List<AxeCheck.Violation> found = of(statistics(report, lang));

        assertThat(found).as(AxeCheck.describe(found)).isEmpty();
    }

    @ParameterizedTest(name = "cohort {0} in {1}")
    @CsvSource({"2026, fr", "2026, en", "2027, fr", "2027, en"})
    void brochureHasNoWcagViolation(String cohort, String lang) {
        List<AxeCheck.Violation> found = of(brochure(cohort, lang));

        assertThat(found).as(AxeCheck.describe(found)).isEmpty();
    }

    @Test
    void reportsAnImageWithoutAlternativeTextOfInsufficientContrastAndAPageWithoutLanguage() {
        List<AxeCheck.Violation> found = of(ACCESSIBILITY.resolve("violations.html"));

        assertThat(found).extracting(AxeCheck.Violation::id)
                .containsExactlyInAnyOrder("image-alt", "color-contrast", "html-has-lang");
        assertThat(found).allSatisfy(v -> assertThat(v.targets()).isNotEmpty());
        assertThat(AxeCheck.describe(found)).contains("image-alt (critical): Images must have alternative text; 1 element: img");
    }

    @Test
    void findsNothingOnAPageThatFollowsTheRules() {
        assertThat(of(ACCESSIBILITY.resolve("clean.html"))).isEmpty();
    }

    @Test
    void everyPageWasChecked() throws Exception {
        assertThat(violations).hasSize(12);
        for (Path page : violations.keySet()) {
            assertThat(Files.size(page)).as(page.toString()).isGreaterThan(0);
        }
    }
}
