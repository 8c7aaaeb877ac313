package fr.cnfpt.inet.stages.cli.schedule;

import fr.cnfpt.inet.stages.calendar.audit.AuditFinding;
import fr.cnfpt.inet.stages.calendar.audit.EditionAudit;
import fr.cnfpt.inet.stages.cli.console.DisplayOptions;
import fr.cnfpt.inet.stages.cli.console.Json;
import fr.cnfpt.inet.stages.cli.console.OutputFormat;
import fr.cnfpt.inet.stages.cli.console.TextBlock;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inet audit}: the inconsistencies between an edition's texts and its calendar. Exit code 1 with findings. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Check the edition's texts and the cohort's calendar against each other and list every"
                + " inconsistency with where it is.", "Exit code 0 with no findings, 1 with findings."})
public final class AuditCommand implements Callable<Integer> {

    @Mixin
    private ScheduleSource source = new ScheduleSource();

    @Mixin
    private DisplayOptions display = new DisplayOptions();

    @Spec
    private CommandSpec spec;

    /**
     * The JSON view.
     *
     * @param cohort  the cohort audited
     * @param findings  the findings
     */
    record AuditView(int cohort, List<FindingView> findings) {
    }

    /**
     * One finding.
     *
     * @param code  the code
     * @param location  where it is
     * @param message  what is inconsistent
     */
    record FindingView(String code, String location, String message) {
    }

    @Override
    public Integer call() {
        ScheduleSource.Selection selection = source.select(spec.commandLine().getErr(), display.language);
        List<AuditFinding> findings = EditionAudit.of(selection.edition(), selection.schedules()).audit(selection.cohort());
        PrintWriter out = spec.commandLine().getOut();
        if (display.format == OutputFormat.JSON) {
            Json.write(out, new AuditView(selection.cohort().year(), findings.stream().map(f -> new FindingView(f.code(),
                    f.location().in(display.language), f.message().in(display.language))).toList()));
        } else {
            TextBlock text = new TextBlock(out);
            text.line((display.language == fr.cnfpt.inet.stages.domain.text.Language.FR ? "Audit de l'édition, promotion "
                    : "Edition audit, cohort ") + selection.cohort() + ": " + findings.size()
                    + (display.language == fr.cnfpt.inet.stages.domain.text.Language.FR ? " incohérence(s)" : " finding(s)"));
            for (AuditFinding finding : findings) {
                text.blank();
                text.line(finding.code());
                text.wrapped("  ", finding.location().in(display.language));
                text.wrapped("  ", finding.message().in(display.language));
            }
        }
        return findings.isEmpty() ? 0 : 1;
    }
}
