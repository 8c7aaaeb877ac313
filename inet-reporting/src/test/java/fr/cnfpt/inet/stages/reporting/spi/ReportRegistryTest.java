package fr.cnfpt.inet.stages.reporting.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportRegistryTest {

    /** A report that writes its request, in the formats and with the inputs it is given. */
    private record EchoReport(String id, Set<ReportFormat> formats, Set<ReportInput> inputs) implements ReportPlugin {

        @Override
        public LocalizedText title() {
            return LocalizedText.of("Écho", "Echo");
        }

        @Override
        public void render(ReportRequest request, OutputStream out) throws java.io.IOException {
            requireSupported(request);
            out.write((request.cohort().map(CohortYear::toString).orElse("-") + " " + request.language())
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final ReportRequest REQUEST = ReportRequest.of(Editions.current(), Schedules.of(Editions.current()));

    @Test
    void registersReportsDirectlyAndFindsThemByIdInAnyCase() {
        EchoReport echo = new EchoReport("echo", Set.of(ReportFormat.JSON), Set.of(ReportInput.EDITION));

        ReportRegistry registry = ReportRegistry.empty().register(echo);

        assertThat(registry.byId("ECHO")).contains(echo);
        assertThat(registry.byId("brochure")).isEmpty();
        assertThat(registry.all()).containsExactly(echo);
    }

    @Test
    void tellsTheFamilyOfAPluginThatStatesNoneFromItsInputs() {
        EchoReport poster = new EchoReport("poster", Set.of(ReportFormat.PDF), Set.of(ReportInput.EDITION));
        EchoReport counts = new EchoReport("counts", Set.of(ReportFormat.CSV),
                Set.of(ReportInput.EDITION, ReportInput.TRAINEES));

        assertThat(poster.family()).isEqualTo(ReportFamily.OTHER);
        assertThat(counts.family()).isEqualTo(ReportFamily.STATISTICS);
    }

    @Test
    void listsThePluginsOfAFamilyInRegistrationOrder() {
        ReportRegistry registry = ReportRegistry.load();

        assertThat(registry.ofFamily(ReportFamily.BROCHURE)).extracting(ReportPlugin::id).containsExactly("brochure");
        assertThat(registry.ofFamily(ReportFamily.STATISTICS)).extracting(ReportPlugin::id)
                .containsExactly("offers", "placements", "dashboard");
        assertThat(registry.ofFamily(ReportFamily.OTHER)).isEmpty();
    }

    @Test
    void refusesTwoReportsWithTheSameIdNamingBothClasses() {
        ReportRegistry registry = ReportRegistry.empty()
                .register(new EchoReport("echo", Set.of(ReportFormat.JSON), Set.of()));

        assertThatThrownBy(() -> registry.register(new EchoReport("echo", Set.of(ReportFormat.PDF), Set.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'echo'").hasMessageContaining(EchoReport.class.getName());
    }

    @Test
    void refusesIdsThatAreNotLowerCaseWordsWithDashes() {
        assertThatThrownBy(() -> ReportRegistry.empty().register(new EchoReport("My Report", Set.of(), Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower case");
    }

    @Test
    void reportRefusesAFormatItDoesNotWriteAndAMissingCohort() {
        EchoReport echo = new EchoReport("echo", Set.of(ReportFormat.JSON, ReportFormat.CSV),
                Set.of(ReportInput.EDITION, ReportInput.COHORT));

        assertThatThrownBy(() -> echo.render(REQUEST.withCohort(CohortYear.of(2026)), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "the 'echo' report is not written as pdf; formats: [csv, json]");
        assertThatThrownBy(() -> echo.render(REQUEST.withFormat(ReportFormat.JSON), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "the 'echo' report needs a cohort and its calendar");
    }

    @Test
    void requestCarriesItsCohortLanguageAndFormat() throws Exception {
        EchoReport echo = new EchoReport("echo", Set.of(ReportFormat.JSON), Set.of(ReportInput.COHORT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        echo.render(REQUEST.withCohort(CohortYear.of(2026)).withLanguage(Language.EN).withFormat(ReportFormat.JSON), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("2026 EN");
        assertThat(ReportFormat.ofCode(" PDF ")).contains(ReportFormat.PDF);
        assertThat(ReportFormat.ofCode("odt")).isEmpty();
    }
}
