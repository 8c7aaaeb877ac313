package fr.cnfpt.inet.stages.cli;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.rule.OfferRules;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Rule;
import fr.cnfpt.inet.stages.domain.rule.RuleDescription;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inet rules}: the brochure's rules the library checks, with their codes, severities and sources. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules checked on offers, placements and collective-project teams: code, severity,"
                + " field, statement (with the edition's figures) and the brochure's sentence.")
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
     * One rule.
     *
     * @param code  the rule code
     * @param severity  ERROR or WARNING
     * @param subject  OFFER, PLACEMENT or TEAM
     * @param field  the field checked
     * @param statement  the rule
     * @param source  the brochure's sentence
     * @param reading  how the library reads an implied rule, empty for stated rules
     */
    record RuleView(String code, String severity, String subject, String field, String statement, String source,
            String reading) {
    }

    @Override
    public void run() {
        Edition edition = source.edition();
        List<RuleView> rules = new ArrayList<>();
        add(rules, "OFFER", OfferRules.all(), edition);
        add(rules, "PLACEMENT", PlacementRules.placementRules(), edition);
        add(rules, "TEAM", PlacementRules.teamRules(), edition);
        PrintWriter out = spec.commandLine().getOut();
        if (display.format == OutputFormat.JSON) {
            Json.write(out, new RulesView(rules));
            return;
        }
        TextBlock text = new TextBlock(out);
        for (RuleView rule : rules) {
            text.line(rule.code() + " (" + rule.severity() + ", " + rule.subject().toLowerCase() + "." + rule.field() + ")");
            text.wrapped("    ", rule.statement());
            text.wrapped(display.language == Language.FR ? "    Source : " : "    Source: ", "« " + rule.source() + " »");
            if (!rule.reading().isEmpty()) {
                text.wrapped(display.language == Language.FR ? "    Lecture : " : "    Reading: ", rule.reading());
            }
        }
    }

    private void add(List<RuleView> views, String subject, List<? extends Rule<?>> rules, Edition edition) {
        for (Rule<?> rule : rules) {
            RuleDescription d = rule.description();
            views.add(new RuleView(d.code().value(), d.severity().name(), subject, d.field(),
                    d.statement(edition).in(display.language), d.source(edition), d.reading()));
        }
    }
}
