package fr.cnfpt.inet.stages.domain.rule;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import java.util.List;

/**
 * A business rule of the brochure, checking one kind of subject (an offer, a placement, a
 * collective-project team) against an edition. A rule returns all its violations as values,
 * never throws for a broken rule, and returns an empty list when the subject complies.
 * <p>
 * Implementations are immutable and thread-safe.
 *
 * @param <T>  the kind of subject checked
 */
public interface Rule<T> {

    /**
     * Describes the rule: code, severity, statement and source.
     *
     * @return the description, not null
     */
    RuleDescription description();

    /**
     * Checks a subject.
     *
     * @param subject  the subject, not null
     * @param edition  the edition whose catalogue and terms apply, not null
     * @return the violations, empty if the subject complies, not null
     */
    List<Violation> check(T subject, Edition edition);
}
