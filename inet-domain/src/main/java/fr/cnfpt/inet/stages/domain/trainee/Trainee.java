package fr.cnfpt.inet.stages.domain.trainee;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import java.util.Objects;
import java.util.Optional;

/**
 * A trainee ("élève") of a cohort, in one corps.
 * <p>
 * Statistics need only the identifier, corps and cohort; personal details are optional and
 * {@link #toString()} never shows them.
 * This class is immutable and thread-safe.
 */
public final class Trainee {

    private final TraineeId id;
    private final Corps corps;
    private final CohortYear cohort;
    private final PersonalDetails details;

    private Trainee(TraineeId id, Corps corps, CohortYear cohort, PersonalDetails details) {
        this.id = Objects.requireNonNull(id, "id");
        this.corps = Objects.requireNonNull(corps, "corps");
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.details = details;
    }

    /**
     * Obtains a trainee without personal details.
     *
     * @param id  the identifier, not null
     * @param corps  the corps, not null
     * @param cohort  the cohort, not null
     * @return the trainee, not null
     */
    public static Trainee of(TraineeId id, Corps corps, CohortYear cohort) {
        return new Trainee(id, corps, cohort, null);
    }

    /**
     * Returns a copy with personal details.
     *
     * @param details  the details, not null
     * @return the trainee with those details, not null
     */
    public Trainee withDetails(PersonalDetails details) {
        return new Trainee(id, corps, cohort, Objects.requireNonNull(details, "details"));
    }

    /** @return the identifier, not null */
    public TraineeId id() {
        return id;
    }

    /** @return the corps, not null */
    public Corps corps() {
        return corps;
    }

    /** @return the cohort, not null */
    public CohortYear cohort() {
        return cohort;
    }

    /** @return the personal details, if known */
    public Optional<PersonalDetails> details() {
        return Optional.ofNullable(details);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Trainee that && id.equals(that.id) && corps == that.corps
                && cohort.equals(that.cohort) && Objects.equals(details, that.details);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, corps, cohort);
    }

    /**
     * Returns the identifier, corps and cohort; never personal details.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Trainee " + id + " (" + corps + ", cohort " + cohort + ")";
    }
}
