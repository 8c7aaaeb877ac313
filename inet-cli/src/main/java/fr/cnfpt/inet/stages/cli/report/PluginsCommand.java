package fr.cnfpt.inet.stages.cli.report;

import fr.cnfpt.inet.stages.cli.console.DisplayOptions;
import fr.cnfpt.inet.stages.cli.console.Json;
import fr.cnfpt.inet.stages.cli.console.OutputFormat;
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
public final class PluginsCommand implements Callable<Integer> {

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
        int id = Math.max(8, importers.stream().mapToInt(i -> i.id().length()).max().orElse(0));
        int extensions = importers.stream().mapToInt(i -> extensions(i).length()).max().orElse(0);
        for (ImporterView importer : importers) {
            out.println("  " + pad(importer.id(), id) + " " + pad(extensions(importer), extensions) + " "
                    + importer.description());
            out.println(" ".repeat(id + 3) + "kinds: " + String.join(", ", importer.kinds()) + "; "
                    + importer.implementation());
        }
        out.println("Report plugins:");
        if (reports.isEmpty()) {
            out.println("  (none found)");
        }
        id = Math.max(12, reports.stream().mapToInt(r -> r.id().length()).max().orElse(0));
        int formats = reports.stream().mapToInt(r -> String.join(" ", r.formats()).length()).max().orElse(0);
        for (ReportView report : reports) {
            out.println("  " + pad(report.id(), id) + " " + pad(String.join(" ", report.formats()), formats) + " "
                    + report.title());
            out.println(" ".repeat(id + 3) + "inputs: " + String.join(", ", report.inputs()) + "; "
                    + report.implementation());
        }
        return 0;
    }

    /** @return the text followed by spaces up to the width, so that the next column lines up */
    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String extensions(ImporterView importer) {
        return "." + String.join(" .", importer.extensions());
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
