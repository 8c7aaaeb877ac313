package fr.cnfpt.inet.stages.domain.placement;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The placement of a trainee on an offer, for one internship of the schooling, and for a collective
 * project the trainee's team on the offer when it is given.
 * <p>
 * A collective-project offer of several places takes one team per place: the team number, 1 to the
 * offer's places, says which of them the trainee belongs to. {@link #NO_TEAM} (0) says that no number
 * is given: the offer's trainees are then one team. Two placements that differ only by their team are
 * not equal.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param trainee  the trainee placed, not null
 * @param offer  the offer the trainee is placed on, not null
 * @param type  the internship this placement fulfils, not null
 * @param team  the trainee's team number on the offer, 1 or more, or {@link #NO_TEAM} if none is given
 */
public record Placement(TraineeId trainee, OfferId offer, InternshipType type, int team) {

    /** The team of a placement that names none. */
    public static final int NO_TEAM = 0;

    /**
     * Creates a placement.
     *
     * @param trainee  the trainee placed, not null
     * @param offer  the offer, not null
     * @param type  the internship type, not null
     * @param team  the team number, 1 or more, or {@link #NO_TEAM}
     * @throws DomainException if the team number is negative
     */
    public Placement {
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(type, "type");
        DomainException.require(team >= NO_TEAM, "a team number is 1 or more: " + team);
    }

    /**
     * Creates a placement that names no team.
     *
     * @param trainee  the trainee placed, not null
     * @param offer  the offer, not null
     * @param type  the internship type, not null
     */
    public Placement(TraineeId trainee, OfferId offer, InternshipType type) {
        this(trainee, offer, type, NO_TEAM);
    }

    /**
     * Obtains a placement that names no team.
     *
     * @param trainee  the trainee placed, not null
     * @param offer  the offer, not null
     * @param type  the internship type, not null
     * @return the placement, not null
     */
    public static Placement of(TraineeId trainee, OfferId offer, InternshipType type) {
        return new Placement(trainee, offer, type);
    }

    /**
     * Obtains a placement in a numbered team of the offer.
     *
     * @param trainee  the trainee placed, not null
     * @param offer  the offer, not null
     * @param type  the internship type, not null
     * @param team  the team number, 1 or more
     * @return the placement, not null
     * @throws DomainException if the team number is below 1
     */
    public static Placement inTeam(TraineeId trainee, OfferId offer, InternshipType type, int team) {
        DomainException.require(team >= 1, "a team number is 1 or more: " + team);
        return new Placement(trainee, offer, type, team);
    }

    /**
     * Returns the team number, if one is given.
     *
     * @return the team number, 1 or more, or empty, not null
     */
    public OptionalInt teamNumber() {
        return team == NO_TEAM ? OptionalInt.empty() : OptionalInt.of(team);
    }

    /**
     * Returns the same placement in another team.
     *
     * @param number  the team number, 1 or more, or {@link #NO_TEAM} to name none
     * @return the placement, not null
     * @throws DomainException if the team number is negative
     */
    public Placement withTeam(int number) {
        return new Placement(trainee, offer, type, number);
    }
}
