package fr.cnfpt.inet.stages.reporting.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.edition.published.Editions;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** An embedder's brochure: one call, the same bytes as the brochure plugin's. */
class BrochureRunTest {

    private static final Edition EDITION = Editions.current();
    private static final Schedules SCHEDULES = Schedules.of(EDITION);

    @Test
    void writesTheSameBytesAsTheBrochurePlugin() throws Exception {
        ByteArrayOutputStream embedded = new ByteArrayOutputStream();
        BrochureRun.of(EDITION, SCHEDULES).write(CohortYear.of(2026), Language.EN, ReportFormat.HTML, embedded);

        ByteArrayOutputStream plugin = new ByteArrayOutputStream();
        ReportRegistry.load().byId("brochure").orElseThrow().render(ReportRequest.of(EDITION, SCHEDULES)
                .withCohort(CohortYear.of(2026)).withLanguage(Language.EN).withFormat(ReportFormat.HTML), plugin);

        assertThat(embedded.toByteArray()).isEqualTo(plugin.toByteArray());
        assertThat(embedded.toString(StandardCharsets.UTF_8)).contains("2026");
    }

    @Test
    void findsTheBrochuresPluginByItsFamilyAndSaysItsFormats() {
        BrochureRun run = BrochureRun.of(EDITION, SCHEDULES);

        assertThat(run.plugin()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("brochure"));
        assertThat(run.formats()).containsExactlyInAnyOrder(ReportFormat.PDF, ReportFormat.HTML);
    }

    @Test
    void refusesAFormatTheBrochureIsNotWrittenIn() {
        assertThatThrownBy(() -> BrochureRun.of(EDITION, SCHEDULES).write(CohortYear.of(2026), Language.FR,
                ReportFormat.DOCX, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("docx");
    }

    @Test
    void saysWhenNoPluginWritesTheBrochure() {
        BrochureRun run = BrochureRun.of(EDITION, SCHEDULES).withPlugins(ReportRegistry.empty());

        assertThat(run.plugin()).isEmpty();
        assertThat(run.formats()).isEmpty();
        assertThatThrownBy(() -> run.write(CohortYear.of(2026), Language.FR, ReportFormat.PDF,
                new ByteArrayOutputStream())).isInstanceOf(NoSuchElementException.class);
    }
}
