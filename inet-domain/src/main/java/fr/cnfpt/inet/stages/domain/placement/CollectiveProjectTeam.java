package fr.cnfpt.inet.stages.domain.placement;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The trainees placed together on one collective-project offer, as the team rules see them: by
 * their corps, one entry per trainee (the rules look at the team's size and corps, never at who).
 * An offer of several places has one team per place, each with its number ({@link Placement#team()});
 * when the placements give no number, the offer's trainees are one team, numbered {@link Placement#NO_TEAM}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param offer  the collective-project offer, not null
 * @param members  the corps of each trainee placed on it, not null
 * @param team  the team's number on the offer, 1 or more, or {@link Placement#NO_TEAM} for all its trainees
 */
public record CollectiveProjectTeam(OfferId offer, List<Corps> members, int team) {

    /**
     * Creates a team.
     *
     * @param offer  the offer, not null
     * @param members  the corps of each trainee, not null
     * @param team  the team's number, 1 or more, or {@link Placement#NO_TEAM}
     * @throws DomainException if the team number is negative
     */
    public CollectiveProjectTeam {
        Objects.requireNonNull(offer, "offer");
        members = List.copyOf(members);
        DomainException.require(team >= Placement.NO_TEAM, "a team number is 1 or more: " + team);
    }

    /**
     * Creates the team of all the trainees of an offer, with no number.
     *
     * @param offer  the offer, not null
     * @param members  the corps of each trainee, not null
     */
    public CollectiveProjectTeam(OfferId offer, List<Corps> members) {
        this(offer, members, Placement.NO_TEAM);
    }

    /**
     * Creates the team of some trainees.
     *
     * @param offer  the offer, not null
     * @param trainees  the trainees placed on it, not null
     * @return the team, not null
     */
    public static CollectiveProjectTeam of(OfferId offer, Collection<Trainee> trainees) {
        return new CollectiveProjectTeam(offer, trainees.stream().map(Trainee::corps).toList());
    }

    /**
     * Names the team in a message: "L'équipe du projet collectif X", or with its number "L'équipe 2 du
     * projet collectif X".
     *
     * @return the team's name, beginning a sentence, not null
     */
    public LocalizedText name() {
        return team == Placement.NO_TEAM
                ? LocalizedText.of("L'équipe du projet collectif " + offer, "The team of collective project " + offer)
                : LocalizedText.of("L'équipe " + team + " du projet collectif " + offer,
                        "Team " + team + " of collective project " + offer);
    }

    /**
     * Returns the corps represented in the team.
     *
     * @return the corps, in code order, not null
     */
    public Set<Corps> corps() {
        return members.isEmpty() ? EnumSet.noneOf(Corps.class) : EnumSet.copyOf(members);
    }
}
