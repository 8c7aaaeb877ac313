package fr.cnfpt.inet.stages.domain.internship;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The arrangements ("modalités") of an internship for a corps: who the trainee is placed with, how
 * the time is split, and what else the brochure says of how it runs.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Arrangements {

    private static final Arrangements NONE = new Arrangements(null, List.of(), List.of());

    private final Supervisor placedWith;
    private final List<Phase> phases;
    private final List<LocalizedText> statements;

    private Arrangements(Supervisor placedWith, List<Phase> phases, List<LocalizedText> statements) {
        this.placedWith = placedWith;
        this.phases = List.copyOf(phases);
        this.statements = List.copyOf(statements);
    }

    /**
     * Returns arrangements the brochure does not describe.
     *
     * @return empty arrangements, not null
     */
    public static Arrangements none() {
        return NONE;
    }

    /**
     * Obtains arrangements described by statements only.
     *
     * @param statements  what the brochure says, in order, not null
     * @return the arrangements, not null
     */
    public static Arrangements of(List<LocalizedText> statements) {
        return new Arrangements(null, List.of(), statements);
    }

    /**
     * Obtains arrangements that place the trainee with someone, split into phases.
     *
     * @param placedWith  the person the trainee is placed with, not null
     * @param statements  what the brochure says, in order, not null
     * @param phases  the parts of the internship's time, in order, not null
     * @return the arrangements, not null
     */
    public static Arrangements placedWith(Supervisor placedWith, List<LocalizedText> statements, List<Phase> phases) {
        return new Arrangements(Objects.requireNonNull(placedWith, "placedWith"), phases, statements);
    }

    /** @return the person the trainee is placed with, if the brochure says */
    public Optional<Supervisor> placedWith() {
        return Optional.ofNullable(placedWith);
    }

    /** @return the parts of the internship's time, in order, possibly empty */
    public List<Phase> phases() {
        return phases;
    }

    /** @return the brochure's statements on how the internship runs, in order, possibly empty */
    public List<LocalizedText> statements() {
        return statements;
    }

    /** @return true if the brochure says nothing of the arrangements */
    public boolean isEmpty() {
        return placedWith == null && phases.isEmpty() && statements.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Arrangements that && placedWith == that.placedWith
                && phases.equals(that.phases) && statements.equals(that.statements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(placedWith, phases, statements);
    }

    @Override
    public String toString() {
        return "Arrangements[placedWith=" + placedWith + ", phases=" + phases.size() + ", statements=" + statements.size() + "]";
    }
}
