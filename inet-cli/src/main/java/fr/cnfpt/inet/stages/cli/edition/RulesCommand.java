package fr.cnfpt.inet.stages.cli.edition;

import fr.cnfpt.inet.stages.cli.console.DisplayOptions;
import fr.cnfpt.inet.stages.cli.console.Json;
import fr.cnfpt.inet.stages.cli.console.OutputFormat;
import fr.cnfpt.inet.stages.cli.console.TextBlock;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.catalogue.CatalogueEntry;
import fr.cnfpt.inet.stages.importer.catalogue.CatalogueGroup;
import fr.cnfpt.inet.stages.importer.catalogue.RuleCatalogue;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inet rules}: every code a command can print, in five groups: the brochure's rules, the
 * calendar's rules on offers, the importers' data problems, the problems of a calendar file and the
 * edition audit's findings, with their severities and sources. The list is {@link RuleCatalogue}'s.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule and problem code: the brochure's rules on offers, placements and"
                + " collective-project teams, the calendar's rules on offers, the data problems of the"
                + " importers, the problems of a calendar file and the edition audit's findings: code, severity,"
                + " field, statement (with the edition's figures), the brochure's sentence or what to do.")
public final class RulesCommand implements Runnable {

    @Mixin
    private DisplayOptions display = new DisplayOptions();

    @Mixin
    private EditionSource source = new EditionSource();

    @Spec
    private CommandSpec spec;

    /**
     * The JSON view of the rules.
     *
     * @param rules  every rule
     */
    record RulesView(List<RuleView> rules) {
    }

    /**
     * One rule or data problem.
     *
     * @param group  BROCHURE, CALENDAR, DATA, CALENDAR_FILE or AUDIT
     * @param code  the rule code
     * @param severity  ERROR or WARNING
     * @param subject  OFFER, PLACEMENT or TEAM for rules; FILE, ROW or DATASET for data problems; CALENDAR for
     *         the problems of a calendar file; EDITION for the audit's findings
     * @param field  the field checked
     * @param statement  the rule
     * @param source  the brochure's sentence
     * @param reading  how the library reads an implied rule, empty for stated rules
     * @param action  what to do about a problem or finding, empty for rules
     */
    record RuleView(String group, String code, String severity, String subject, String field, String statement, String source,
            String reading, String action) {
    }

    @Override
    public void run() {
        List<RuleView> rules = RuleCatalogue.of(source.edition()).stream().map(this::view).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (display.format == OutputFormat.JSON) {
            Json.write(out, new RulesView(rules));
            return;
        }
        TextBlock text = new TextBlock(out);
        String group = "";
        for (RuleView rule : rules) {
            if (!rule.group().equals(group)) {
                group = rule.group();
                text.line(heading(group));
            }
            String where = rule.subject().toLowerCase(Locale.ROOT)
                    + (rule.field().isEmpty() ? "" : "." + rule.field());
            text.line(rule.code() + " (" + rule.severity() + ", " + where + ")");
            text.wrapped("    ", rule.statement());
            if (!rule.source().isEmpty()) {
                text.wrapped(display.language == Language.FR ? "    Source : " : "    Source: ", "« " + rule.source() + " »");
            }
            if (!rule.reading().isEmpty()) {
                text.wrapped(display.language == Language.FR ? "    Lecture : " : "    Reading: ", rule.reading());
            }
            if (!rule.action().isEmpty()) {
                text.wrapped(display.language == Language.FR ? "    À faire : " : "    What to do: ", rule.action());
            }
        }
    }

    private String heading(String group) {
        boolean fr = display.language == Language.FR;
        return switch (CatalogueGroup.valueOf(group)) {
            case BROCHURE -> fr ? "# Règles de la brochure" : "# The brochure's rules";
            case CALENDAR -> fr ? "# Règles du calendrier sur les offres" : "# The calendar's rules on offers";
            case DATA -> fr ? "# Problèmes de données des importeurs" : "# The importers' data problems";
            case CALENDAR_FILE -> fr ? "# Problèmes d'un fichier de calendrier" : "# The problems of a calendar file";
            case AUDIT -> fr ? "# Constats de l'audit de l'édition" : "# The edition audit's findings";
        };
    }

    private RuleView view(CatalogueEntry entry) {
        return new RuleView(entry.group().name(), entry.code(), entry.severity().name(), entry.subject(), entry.field(),
                entry.statement().in(display.language), entry.source(), entry.reading(),
                entry.action().map(a -> a.in(display.language)).orElse(""));
    }
}
