package fr.cnfpt.inet.stages.domain.rule;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import java.util.List;
import java.util.Objects;

/**
 * A rule made of its description and a check function.
 *
 * @param <T>  the kind of subject checked
 */
final class DescribedRule<T> implements Rule<T> {

    /** The check itself, given the rule's description to build violations. */
    @FunctionalInterface
    interface Check<T> {
        List<Violation> check(T subject, Edition edition, RuleDescription rule);
    }

    private final RuleDescription description;
    private final Check<T> check;

    DescribedRule(RuleDescription description, Check<T> check) {
        this.description = description;
        this.check = check;
    }

    @Override
    public RuleDescription description() {
        return description;
    }

    @Override
    public List<Violation> check(T subject, Edition edition) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(edition, "edition");
        return List.copyOf(check.check(subject, edition, description));
    }

    @Override
    public String toString() {
        return "Rule " + description.code();
    }
}
