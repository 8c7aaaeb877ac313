package fr.cnfpt.inet.stages.domain.rule;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;

/**
 * The one definition of a kind of problem a run reports, such as {@code CELL_TOO_LONG} or
 * {@code NOT_A_WORKING_DAY}: its stable code, its severity, what it means and what to do, in French
 * and English. Each problem enum of the library (the importers' data problems, the problems of a
 * calendar file, the edition audit's checks) holds one per constant and says no more
 * ({@link DefinedProblem}); the message of each occurrence says what is wrong there.
 * <p>
 * The brochure's rules have a richer definition of their own ({@link RuleDescription}: a field, a
 * statement, a source sentence).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the stable code: upper-case letters, digits and underscores, starting with a letter
 * @param severity  an error or a warning, not null
 * @param meaning  what the problem means, not null
 * @param action  what to do about it, not null
 */
public record ProblemDefinition(String code, Severity severity, LocalizedText meaning, LocalizedText action) {

    /**
     * Creates a definition, checking the code's form.
     *
     * @param code  the code, not null
     * @param severity  the severity, not null
     * @param meaning  the meaning, not null
     * @param action  what to do, not null
     */
    public ProblemDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(action, "action");
        DomainException.require(code.matches("[A-Z][A-Z0-9_]*"), "a problem code is upper case with underscores: "
                + code);
    }

    /**
     * Obtains a definition from its texts.
     *
     * @param code  the code, not null
     * @param severity  the severity, not null
     * @param meaningFr  what the problem means, in French, not null
     * @param meaningEn  what the problem means, in English, not null
     * @param actionFr  what to do, in French, not null
     * @param actionEn  what to do, in English, not null
     * @return the definition, not null
     */
    public static ProblemDefinition of(String code, Severity severity, String meaningFr, String meaningEn,
            String actionFr, String actionEn) {
        return new ProblemDefinition(code, severity, LocalizedText.of(meaningFr, meaningEn),
                LocalizedText.of(actionFr, actionEn));
    }
}
