package fr.cnfpt.inet.stages.calendar.audit;

import fr.cnfpt.inet.stages.calendar.official.CalendarFileProblem;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.rule.DefinedProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The definition of a finding of the {@link EditionAudit}: its code, its severity, what it means and
 * what to do, in French and English ({@link #definition()}). The checks of the edition's texts are
 * the constants of {@link AuditCheck}; each erratum of an edition's sources is a finding of its own
 * code ({@link ErratumCode}); the checks of a cohort's calendar are the problems of a calendar file
 * that concern its dates ({@link CalendarCheck}, from {@link CalendarFileProblem#scheduleChecks()}): one
 * definition each,
 * whether the dates come from a file or from the audited schedule. {@link #all(Edition)} lists them
 * all.
 * <p>
 * A finding refuses nothing. The texts' findings and the errata are warnings; a calendar check keeps
 * the severity it has in a calendar file, where an error refuses the file: an official schedule that
 * was read has none, and a projected one would have one only by a fault of the projection.
 * {@code inet audit} exits 1 when it has any finding.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface AuditCode extends DefinedProblem permits AuditCheck, ErratumCode, CalendarCheck {

    /**
     * Lists every finding the audit of an edition can give: the calendar's checks, the texts' checks,
     * then the edition's errata.
     *
     * @param edition  the edition audited, not null
     * @return the catalogue, not null
     */
    static List<AuditCode> all(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        List<AuditCode> all = new ArrayList<>(CalendarFileProblem.scheduleChecks().stream().map(CalendarCheck::of).toList());
        all.addAll(List.of(AuditCheck.values()));
        edition.errata().forEach(erratum -> all.add(ErratumCode.of(erratum)));
        return List.copyOf(all);
    }
}
