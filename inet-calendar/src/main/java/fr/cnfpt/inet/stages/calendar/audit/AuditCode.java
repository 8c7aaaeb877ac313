package fr.cnfpt.inet.stages.calendar.audit;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The definition of a finding of the {@link EditionAudit}: its code, its severity, what it means and
 * what to do, in French and English. The checks of the texts and the calendar are the constants of
 * {@link AuditCheck}; each erratum of an edition's sources is a finding of its own code
 * ({@link ErratumCode}). {@link #all(Edition)} is the catalogue that {@code inet rules} prints.
 * <p>
 * A finding refuses nothing: the library keeps what it retains and says so; every finding is a
 * warning, and {@code inet audit} exits 1 when it has any.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface AuditCode permits AuditCheck, ErratumCode {

    /**
     * Returns the code, as findings give it.
     *
     * @return the code, such as {@code CALENDAR_WEEKS_DIFFER}, not null
     */
    String code();

    /**
     * Returns the severity.
     *
     * @return the severity, not null
     */
    Severity severity();

    /**
     * Says what the finding means.
     *
     * @return the meaning, not null
     */
    LocalizedText meaning();

    /**
     * Says what to do about it, or what the library retains.
     *
     * @return the action, not null
     */
    LocalizedText action();

    /**
     * Lists every finding the audit of an edition can give: the checks, then the edition's errata.
     *
     * @param edition  the edition audited, not null
     * @return the catalogue, not null
     */
    static List<AuditCode> all(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        List<AuditCode> all = new ArrayList<>(List.of(AuditCheck.values()));
        edition.errata().forEach(erratum -> all.add(ErratumCode.of(erratum)));
        return List.copyOf(all);
    }
}
