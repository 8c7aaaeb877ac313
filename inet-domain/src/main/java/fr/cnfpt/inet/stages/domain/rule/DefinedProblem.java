package fr.cnfpt.inet.stages.domain.rule;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * A kind of problem defined by one {@link ProblemDefinition}: the constants of the library's problem
 * enums (the importers' {@code ProblemCode}s, the calendar's {@code CalendarFileProblem} and
 * {@code AuditCode}s) implement it by holding their definition, and get their code, severity,
 * meaning and action from it.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public interface DefinedProblem {

    /**
     * Returns the problem's one definition.
     *
     * @return the definition, not null
     */
    ProblemDefinition definition();

    /**
     * Returns the code, as problems, reports and files give it.
     *
     * @return the code, such as {@code CELL_TOO_LONG}, not null
     */
    default String code() {
        return definition().code();
    }

    /**
     * Returns the severity.
     *
     * @return the severity, not null
     */
    default Severity severity() {
        return definition().severity();
    }

    /**
     * Says what the problem means.
     *
     * @return the meaning, not null
     */
    default LocalizedText meaning() {
        return definition().meaning();
    }

    /**
     * Says what to do about it.
     *
     * @return the action, not null
     */
    default LocalizedText action() {
        return definition().action();
    }
}
