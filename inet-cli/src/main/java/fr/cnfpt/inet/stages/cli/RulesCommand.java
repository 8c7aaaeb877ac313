package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.calendar.rule.OfferCalendarRules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.rule.OfferRules;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Rule;
import fr.cnfpt.inet.stages.domain.rule.RuleDescription;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.importer.spi.DatasetProblem;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code inet rules}: every code a command can print, in three groups: the brochure's rules, the
 * calendar's rules on offers, and the importers' data problems, with their severities and sources.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule and problem code: the brochure's rules on offers, placements and"
                + " collective-project teams, the calendar's rules on offers, and the data problems of the"
                + " importers: code, severity, field, statement (with the edition's figures), the brochure's"
                + " sentence or what to do.")
final class RulesCommand implements Runnable {

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
     * @param group  BROCHURE, CALENDAR or DATA
     * @param code  the rule code
     * @param severity  ERROR or WARNING
     * @param subject  OFFER, PLACEMENT or TEAM for rules; FILE, ROW or DATASET for data problems
     * @param field  the field checked
     * @param statement  the rule
     * @param source  the brochure's sentence
     * @param reading  how the library reads an implied rule, empty for stated rules
     * @param action  what to do about a data problem, empty for rules
     */
    record RuleView(String group, String code, String severity, String subject, String field, String statement, String source,
            String reading, String action) {
    }

    @Override
    public void run() {
        Edition edition = source.edition();
        List<RuleView> rules = new ArrayList<>();
        add(rules, "OFFER", OfferRules.all(), edition);
        add(rules, "PLACEMENT", PlacementRules.placementRules(), edition);
        add(rules, "TEAM", PlacementRules.teamRules(), edition);
        for (RuleDescription d : OfferCalendarRules.descriptions()) {
            rules.add(view("CALENDAR", "OFFER", d, edition));
        }
        for (ProblemCode problem : ProblemCode.all()) {
            rules.add(new RuleView("DATA", problem.code(), problem.severity().name(), subject(problem), field(problem),
                    problem.meaning().in(display.language), "", "", problem.action().in(display.language)));
        }
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
        return switch (group) {
            case "BROCHURE" -> fr ? "# Règles de la brochure" : "# The brochure's rules";
            case "CALENDAR" -> fr ? "# Règles du calendrier sur les offres" : "# The calendar's rules on offers";
            default -> fr ? "# Problèmes de données des importeurs" : "# The importers' data problems";
        };
    }

    private static String subject(ProblemCode problem) {
        if (problem instanceof FileProblem) {
            return "FILE";
        }
        return problem instanceof DatasetProblem ? "DATASET" : "ROW";
    }

    private static String field(ProblemCode problem) {
        return problem instanceof DatasetProblem dataset ? dataset.field() : "";
    }

    private void add(List<RuleView> views, String subject, List<? extends Rule<?>> rules, Edition edition) {
        for (Rule<?> rule : rules) {
            views.add(view("BROCHURE", subject, rule.description(), edition));
        }
    }

    private RuleView view(String group, String subject, RuleDescription d, Edition edition) {
        return new RuleView(group, d.code().value(), d.severity().name(), subject, d.field(),
                d.statement(edition).in(display.language), d.source(edition), d.reading(), "");
    }
}
