package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a wish better than what the trainee got was not given. For {@link RefusalReason#COSTS_OTHERS} and
 * {@link RefusalReason#TIE}, the best value of the objective with that wish given (planned again with the wish
 * pinned), to set against the plan's.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class WishRefusal {

    private final Wish wish;
    private final RefusalReason reason;
    private final List<Violation> violations;
    private final Objective withWish;

    WishRefusal(Wish wish, RefusalReason reason, List<Violation> violations, Objective withWish) {
        this.wish = Objects.requireNonNull(wish, "wish");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.violations = List.copyOf(violations);
        this.withWish = withWish;
    }

    /** @return the wish not given, not null */
    public Wish wish() {
        return wish;
    }

    /** @return why, not null */
    public RefusalReason reason() {
        return reason;
    }

    /** @return the placement rules the offer breaks for the trainee, empty unless the reason is {@code RULES} */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the best value of the objective had the wish been given.
     *
     * @return the value, present for {@code COSTS_OTHERS} and {@code TIE}
     */
    public Optional<Objective> withWish() {
        return Optional.ofNullable(withWish);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WishRefusal that && wish.equals(that.wish) && reason == that.reason
                && violations.equals(that.violations) && Objects.equals(withWish, that.withWish);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wish, reason, violations, withWish);
    }

    @Override
    public String toString() {
        return "Wish " + wish.rank() + " (" + wish.offer() + "): " + reason;
    }
}
