package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a trainee may obtain about a decision taken with an algorithm (CRPA, articles L.311-3-1 and
 * R.311-3-1-2): their wishes, what they got, the rules, parameters and weights applied, and for each wish
 * better than what they got, why it was not given. {@link #text()} says it all in French and English.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Explanation {

    private final TraineeId trainee;
    private final List<Wish> wishes;
    private final Placement placement;
    private final boolean pinned;
    private final Unplaced unplaced;
    private final Weights weights;
    private final List<WishRefusal> refusals;
    private final LocalizedText text;

    Explanation(TraineeId trainee, List<Wish> wishes, Placement placement, boolean pinned, Unplaced unplaced,
            Weights weights, List<WishRefusal> refusals, LocalizedText text) {
        this.trainee = Objects.requireNonNull(trainee, "trainee");
        this.wishes = List.copyOf(wishes);
        this.placement = placement;
        this.pinned = pinned;
        this.unplaced = unplaced;
        this.weights = Objects.requireNonNull(weights, "weights");
        this.refusals = List.copyOf(refusals);
        this.text = Objects.requireNonNull(text, "text");
    }

    /** @return the trainee explained, not null */
    public TraineeId trainee() {
        return trainee;
    }

    /** @return the trainee's wishes, first choice first, not null */
    public List<Wish> wishes() {
        return wishes;
    }

    /** @return the trainee's placement, or empty if unplaced */
    public Optional<Placement> placement() {
        return Optional.ofNullable(placement);
    }

    /** @return the rank of the wish the trainee got, or empty if placed outside their wishes or unplaced */
    public OptionalInt rankObtained() {
        return placement == null ? OptionalInt.empty() : wishes.stream().filter(w -> w.offer().equals(placement.offer()))
                .mapToInt(Wish::rank).findFirst();
    }

    /** @return true if the coordinator pinned the trainee's placement */
    public boolean pinned() {
        return pinned;
    }

    /** @return why the trainee is unplaced, or empty if placed */
    public Optional<UnplacedReason> unplacedReason() {
        return Optional.ofNullable(unplaced).map(Unplaced::reason);
    }

    /** @return the weights the planner applied, not null */
    public Weights weights() {
        return weights;
    }

    /** @return why each wish better than what the trainee got was not given, best wish first, not null */
    public List<WishRefusal> refusals() {
        return refusals;
    }

    /** @return the whole explanation, in French and English, not null */
    public LocalizedText text() {
        return text;
    }

    @Override
    public String toString() {
        return text.en();
    }
}
