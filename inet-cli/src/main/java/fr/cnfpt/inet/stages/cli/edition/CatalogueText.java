package fr.cnfpt.inet.stages.cli.edition;

import fr.cnfpt.inet.stages.cli.console.TextBlock;
import fr.cnfpt.inet.stages.cli.edition.CatalogueView.CorpsView;
import fr.cnfpt.inet.stages.cli.edition.CatalogueView.StageView;
import fr.cnfpt.inet.stages.domain.corps.Filiere;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints the catalogue view as readable text, in French or English.
 */
public final class CatalogueText {

    private static final LocalizedText EDITION = LocalizedText.of("Édition", "Edition");
    private static final LocalizedText MONTHS = LocalizedText.of("mois de scolarité", "months of training");
    private static final LocalizedText PLACED_BY = LocalizedText.of("stages placés par l'", "internships placed by ");
    private static final LocalizedText WEEKS = LocalizedText.of("semaines", "weeks");
    private static final LocalizedText OBJECTIVES = LocalizedText.of("Objectifs", "Objectives");
    private static final LocalizedText ARRANGEMENTS = LocalizedText.of("Modalités", "Arrangements");
    private static final LocalizedText EXAMPLES = LocalizedText.of("Exemples", "Examples");
    private static final LocalizedText BENEFITS = LocalizedText.of("Pour l'hôte", "For the host");
    private static final LocalizedText NO_STAGES = LocalizedText.of("Aucun stage placé par l'INET.",
            "No internship placed by INET.");

    private final TextBlock text;
    private final Language language;

    CatalogueText(PrintWriter out, Language language) {
        this.text = new TextBlock(out);
        this.language = language;
    }

    void printCorps(CatalogueView view) {
        text.line(EDITION.in(language) + " " + view.edition());
        for (CorpsView corps : view.corps()) {
            text.line(String.format("%-28s %s", corps.code(), corps.label()));
            text.wrapped(" ".repeat(29), summary(corps));
        }
    }

    void printStages(CatalogueView view) {
        text.line(EDITION.in(language) + " " + view.edition());
        for (CorpsView corps : view.corps()) {
            text.blank();
            text.line(corps.trainees() + " (" + corps.code() + ")");
            text.wrapped("", summary(corps));
            if (corps.stages().isEmpty()) {
                text.wrapped("  ", corps.placementNote() == null ? NO_STAGES.in(language) : corps.placementNote());
            }
            for (StageView stage : corps.stages()) {
                printStage(stage);
            }
        }
    }

    private void printStage(StageView stage) {
        text.blank();
        text.line("  " + stage.rank() + ". " + stage.label() + " (" + stage.type() + "), " + stage.weeks() + " "
                + WEEKS.in(language));
        stage.purpose().forEach(p -> text.wrapped("     ", p));
        section(OBJECTIVES, stage.objectives());
        section(ARRANGEMENTS, stage.arrangements());
        section(EXAMPLES, stage.examples());
        section(BENEFITS, stage.hostBenefits());
    }

    private void section(LocalizedText title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.line("     " + title.in(language) + (language == Language.FR ? " :" : ":"));
        lines.forEach(l -> text.wrapped("       - ", l));
    }

    private String summary(CorpsView corps) {
        String filiere = Filiere.valueOf(corps.filiere()).label().in(language);
        String months = corps.schoolingMonths() == null ? "" : ", " + corps.schoolingMonths() + " " + MONTHS.in(language);
        return capitalized(filiere) + months + ", " + PLACED_BY.in(language) + corps.managedBy();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
