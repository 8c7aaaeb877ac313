package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.reporting.spi.ReportFormat;
import fr.cnfpt.inet.stages.reporting.spi.ReportPlugin;
import fr.cnfpt.inet.stages.reporting.spi.ReportRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inet plugins}: the importers and report plugins found with {@link java.util.ServiceLoader}. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = {"List the importers and report plugins found on the class path (with ServiceLoader), with"
                + " their ids and formats.", "See docs/plugins.md to write your own."})
final class PluginsCommand implements Callable<Integer> {

    record ImporterView(String id, List<String> extensions, List<String> kinds, String description,
            String implementation) {
    }

    record ReportView(String id, String title, List<String> formats, List<String> inputs, String implementation) {
    }

    record PluginsView(List<ImporterView> importers, List<ReportView> reports) {
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DisplayOptions display = new DisplayOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ImporterView> importers = ImporterRegistry.load().all().stream().map(PluginsCommand::view).toList();
        List<ReportView> reports = ReportRegistry.load().all().stream().map(r -> view(r, display.language)).toList();
        if (display.format == OutputFormat.JSON) {
            Json.write(out, new PluginsView(importers, reports));
            return 0;
        }
        out.println("Importers:");
        for (ImporterView importer : importers) {
            out.println(String.format(Locale.ROOT, "  %-8s .%-22s %s", importer.id(),
                    String.join(" .", importer.extensions()), importer.description()));
            out.println("           kinds: " + String.join(", ", importer.kinds()) + "; " + importer.implementation());
        }
        out.println("Report plugins:");
        if (reports.isEmpty()) {
            out.println("  (none found)");
        }
        for (ReportView report : reports) {
            out.println(String.format(Locale.ROOT, "  %-12s %-18s %s", report.id(), String.join(" ", report.formats()),
                    report.title()));
            out.println("               inputs: " + String.join(", ", report.inputs()) + "; " + report.implementation());
        }
        return 0;
    }

    private static ReportView view(ReportPlugin report, Language language) {
        return new ReportView(report.id(), report.title().in(language),
                report.formats().stream().sorted().map(ReportFormat::extension).toList(),
                report.inputs().stream().sorted().map(i -> i.name().toLowerCase(Locale.ROOT)).toList(),
                report.getClass().getName());
    }

    private static ImporterView view(Importer importer) {
        return new ImporterView(importer.id(), importer.extensions().stream().sorted().toList(),
                importer.kinds().stream().sorted().map(RecordKind::name).map(k -> k.toLowerCase(Locale.ROOT)).toList(),
                importer.description(), importer.getClass().getName());
    }
}
