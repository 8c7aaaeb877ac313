package fr.cnfpt.inet.stages.importer.catalogue;

import fr.cnfpt.inet.stages.calendar.audit.AuditCode;
import fr.cnfpt.inet.stages.calendar.audit.CalendarCheck;
import fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem;
import fr.cnfpt.inet.stages.calendar.rule.OfferCalendarRules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.rule.OfferRules;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Rule;
import fr.cnfpt.inet.stages.domain.rule.RuleDescription;
import fr.cnfpt.inet.stages.importer.spi.DatasetProblem;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every code a run can report, in one list, grouped ({@link CatalogueGroup}): the brochure's rules
 * on offers, placements and teams; the calendar's rules on offers; the importers' data problems; the
 * problems of a calendar file; the findings of the edition audit, the edition's errata included.
 * Each entry comes from the code's one typed definition, and no code is listed twice: the audit's
 * checks of a calendar are the calendar file's problems, listed in that group only; the rules' statements carry the edition's
 * figures. {@code inet rules} prints this list.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /**
     * Lists every code, group by group in the order of {@link CatalogueGroup}.
     *
     * @param edition  the edition whose figures the rules state and whose errata the audit reports, not null
     * @return the catalogue, not null
     */
    public static List<CatalogueEntry> of(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        List<CatalogueEntry> entries = new ArrayList<>();
        rules(entries, CatalogueGroup.BROCHURE, "OFFER", OfferRules.all(), edition);
        rules(entries, CatalogueGroup.BROCHURE, "PLACEMENT", PlacementRules.placementRules(), edition);
        rules(entries, CatalogueGroup.BROCHURE, "TEAM", PlacementRules.teamRules(), edition);
        for (RuleDescription description : OfferCalendarRules.descriptions()) {
            entries.add(rule(CatalogueGroup.CALENDAR, "OFFER", description, edition));
        }
        for (ProblemCode problem : ProblemCode.all()) {
            entries.add(CatalogueEntry.problem(CatalogueGroup.DATA, subject(problem), problem.code(), problem.severity(),
                    problem instanceof DatasetProblem dataset ? dataset.field() : "", problem.meaning(), problem.action()));
        }
        for (CalendarFileProblem problem : CalendarFileProblem.all()) {
            entries.add(CatalogueEntry.problem(CatalogueGroup.CALENDAR_FILE, "CALENDAR", problem.code(), problem.severity(),
                    "", problem.meaning(), problem.action()));
        }
        for (AuditCode finding : AuditCode.all(edition)) {
            if (finding instanceof CalendarCheck) {
                continue; // the calendar's checks: defined, and listed, once among the calendar file's problems
            }
            entries.add(CatalogueEntry.problem(CatalogueGroup.AUDIT, "EDITION", finding.code(), finding.severity(), "",
                    finding.meaning(), finding.action()));
        }
        return List.copyOf(entries);
    }

    private static void rules(List<CatalogueEntry> entries, CatalogueGroup group, String subject,
            List<? extends Rule<?>> rules, Edition edition) {
        for (Rule<?> rule : rules) {
            entries.add(rule(group, subject, rule.description(), edition));
        }
    }

    private static CatalogueEntry rule(CatalogueGroup group, String subject, RuleDescription description, Edition edition) {
        return CatalogueEntry.rule(group, subject, description.code().value(), description.severity(), description.field(),
                description.statement(edition), description.source(edition), description.reading());
    }

    private static String subject(ProblemCode problem) {
        if (problem instanceof FileProblem) {
            return "FILE";
        }
        return problem instanceof DatasetProblem ? "DATASET" : "ROW";
    }
}
