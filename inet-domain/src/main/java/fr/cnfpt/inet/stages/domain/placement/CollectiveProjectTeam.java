package fr.cnfpt.inet.stages.domain.placement;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The trainees placed together on one collective-project offer, as the team rules see them: by
 * their corps, one entry per trainee (the rules look at the team's size and corps, never at who).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param offer  the collective-project offer, not null
 * @param members  the corps of each trainee placed on it, not null
 */
public record CollectiveProjectTeam(OfferId offer, List<Corps> members) {

    /**
     * Creates a team.
     *
     * @param offer  the offer, not null
     * @param members  the corps of each trainee, not null
     */
    public CollectiveProjectTeam {
        Objects.requireNonNull(offer, "offer");
        members = List.copyOf(members);
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
     * Returns the corps represented in the team.
     *
     * @return the corps, in code order, not null
     */
    public Set<Corps> corps() {
        return members.isEmpty() ? EnumSet.noneOf(Corps.class) : EnumSet.copyOf(members);
    }
}
