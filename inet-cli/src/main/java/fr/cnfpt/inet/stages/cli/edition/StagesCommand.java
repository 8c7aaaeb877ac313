package fr.cnfpt.inet.stages.cli.edition;

import fr.cnfpt.inet.stages.cli.console.CodeConverters;
import fr.cnfpt.inet.stages.cli.console.DisplayOptions;
import fr.cnfpt.inet.stages.cli.console.Json;
import fr.cnfpt.inet.stages.cli.console.OutputFormat;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inet stages}: every internship of every corps, with duration, objectives and arrangements. */
@Command(name = "stages", mixinStandardHelpOptions = true,
        description = "List the internships (stages) of each corps in schooling order: duration, objectives,"
                + " arrangements, examples.")
public final class StagesCommand implements Runnable {

    @Option(names = "--corps", paramLabel = "CODE", split = ",", converter = CodeConverters.CorpsConverter.class,
            description = "Only these corps (repeatable or comma-separated): ADMINISTRATEUR, CONSERVATEUR_BIBLIOTHEQUES,"
                    + " INGENIEUR_EN_CHEF, CONSERVATEUR_PATRIMOINE.")
    private List<Corps> corps = List.of();

    @Option(names = "--type", paramLabel = "CODE", split = ",", converter = CodeConverters.TypeConverter.class,
            description = "Only these internship types: OBSERVATION, THEMATIQUE, PROJET_COLLECTIF, OUVERTURE,"
                    + " PERFECTIONNEMENT, PROFESSIONNALISATION.")
    private List<InternshipType> types = List.of();

    @Mixin
    private DisplayOptions display = new DisplayOptions();

    @Mixin
    private EditionSource source = new EditionSource();

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Edition edition = source.edition();
        Set<Corps> selectedCorps = corps.isEmpty() ? EnumSet.allOf(Corps.class) : EnumSet.copyOf(corps);
        Set<InternshipType> selectedTypes = types.isEmpty() ? EnumSet.allOf(InternshipType.class) : EnumSet.copyOf(types);
        CatalogueView view = CatalogueView.of(edition, display.language, selectedCorps, selectedTypes, true);
        PrintWriter out = spec.commandLine().getOut();
        if (display.format == OutputFormat.JSON) {
            Json.write(out, view);
        } else {
            new CatalogueText(out, display.language).printStages(view);
        }
    }
}
