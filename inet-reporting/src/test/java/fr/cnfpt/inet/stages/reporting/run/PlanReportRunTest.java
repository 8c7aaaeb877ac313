package fr.cnfpt.inet.stages.reporting.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.reporting.spi.ReportFamily;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import fr.cnfpt.inet.stages.reporting.spi.ReportRequest;
import fr.cnfpt.inet.stages.reporting.statistics.PlanReportFixture;
import java.io.ByteArrayOutputStream;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The plan report as a library call: the plugin of the plan family, the threshold passed on. */
class PlanReportRunTest {

    @Test
    void writesWhatThePlanFamilysPluginWrites() throws Exception {
        ByteArrayOutputStream viaRun = new ByteArrayOutputStream();
        PlanReportRun.of(PlanReportFixture.EDITION).write(PlanReportFixture.problem(), PlanReportFixture.plan(),
                Language.EN, ReportFormat.JSON, viaRun);
        ByteArrayOutputStream viaPlugin = new ByteArrayOutputStream();
        ReportRegistry.load().ofFamily(ReportFamily.PLAN).get(0).render(ReportRequest.of(PlanReportFixture.EDITION,
                Schedules.of(PlanReportFixture.EDITION)).withPlan(PlanReportFixture.summary())
                .withLanguage(Language.EN).withFormat(ReportFormat.JSON), viaPlugin);
        assertThat(viaRun.toByteArray()).isEqualTo(viaPlugin.toByteArray());
        assertThat(PlanReportRun.of(PlanReportFixture.EDITION).formats()).contains(ReportFormat.PDF,
                ReportFormat.XLSX, ReportFormat.JSON);
    }

    @Test
    void passesTheThresholdOn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanReportRun.of(PlanReportFixture.EDITION).withMinCount(1).write(PlanReportFixture.summary(), Language.FR,
                ReportFormat.JSON, out);
        assertThat(new ObjectMapper().readTree(out.toByteArray()).findValues("suppressed")).allMatch(JsonNode::isEmpty);
        ByteArrayOutputStream withheld = new ByteArrayOutputStream();
        PlanReportRun.of(PlanReportFixture.EDITION).write(PlanReportFixture.summary(), Language.FR,
                ReportFormat.JSON, withheld);
        assertThat(new ObjectMapper().readTree(withheld.toByteArray()).get("tables").get(0).get("suppressed"))
                .isNotEmpty();
    }

    @Test
    void saysWhenNoPluginWritesThePlanReport() {
        PlanReportRun run = PlanReportRun.of(PlanReportFixture.EDITION).withPlugins(ReportRegistry.empty());
        assertThat(run.formats()).isEmpty();
        assertThatThrownBy(() -> run.write(PlanReportFixture.summary(), Language.FR, ReportFormat.PDF,
                new ByteArrayOutputStream())).isInstanceOf(NoSuchElementException.class);
    }
}
