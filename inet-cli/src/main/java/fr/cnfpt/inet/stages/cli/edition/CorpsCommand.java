package fr.cnfpt.inet.stages.cli.edition;

import fr.cnfpt.inet.stages.cli.console.DisplayOptions;
import fr.cnfpt.inet.stages.cli.console.Json;
import fr.cnfpt.inet.stages.cli.console.OutputFormat;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.io.PrintWriter;
import java.util.EnumSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inet corps}: the corps INET trains, their filière, schooling length and who places them. */
@Command(name = "corps", mixinStandardHelpOptions = true,
        description = "List the corps (cadres d'emplois) INET trains: filière, schooling length, who places their trainees.")
public final class CorpsCommand implements Runnable {

    @Mixin
    private DisplayOptions display = new DisplayOptions();

    @Mixin
    private EditionSource source = new EditionSource();

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Edition edition = source.edition();
        CatalogueView view = CatalogueView.of(edition, display.language, EnumSet.allOf(Corps.class),
                EnumSet.allOf(InternshipType.class), false);
        PrintWriter out = spec.commandLine().getOut();
        if (display.format == OutputFormat.JSON) {
            Json.write(out, view);
        } else {
            new CatalogueText(out, display.language).printCorps(view);
        }
    }
}
