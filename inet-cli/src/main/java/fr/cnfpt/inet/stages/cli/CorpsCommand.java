package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.io.PrintWriter;
import java.util.EnumSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inet corps}: the corps INET trains, their filière, schooling length and who places them. */
@Command(name = "corps", mixinStandardHelpOptions = true,
        description = "List the corps (cadres d'emplois) INET trains: filière, schooling length, who places their trainees.")
final class CorpsCommand implements Runnable {

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
