package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inet plugins}: the importers and report plugins found with {@link java.util.ServiceLoader}. */
@Command(name = "plugins", description = {"List the importers and report plugins found on the class path",
        "(with ServiceLoader), with their ids and formats. See docs/plugins.md to write your own."})
final class PluginsCommand implements Callable<Integer> {

    record ImporterView(String id, List<String> extensions, List<String> kinds, String description,
            String implementation) {
    }

    record PluginsView(List<ImporterView> importers, List<Object> reports) {
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DisplayOptions display = new DisplayOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ImporterView> importers = ImporterRegistry.load().all().stream().map(PluginsCommand::view).toList();
        if (display.format == OutputFormat.JSON) {
            Json.write(out, new PluginsView(importers, List.of()));
            return 0;
        }
        out.println("Importers:");
        for (ImporterView importer : importers) {
            out.println(String.format(Locale.ROOT, "  %-8s .%-22s %s", importer.id(),
                    String.join(" .", importer.extensions()), importer.description()));
            out.println("           kinds: " + String.join(", ", importer.kinds()) + "; " + importer.implementation());
        }
        out.println("Report plugins:");
        out.println("  (none found)");
        return 0;
    }

    private static ImporterView view(Importer importer) {
        return new ImporterView(importer.id(), importer.extensions().stream().sorted().toList(),
                importer.kinds().stream().sorted().map(RecordKind::name).map(k -> k.toLowerCase(Locale.ROOT)).toList(),
                importer.description(), importer.getClass().getName());
    }
}
