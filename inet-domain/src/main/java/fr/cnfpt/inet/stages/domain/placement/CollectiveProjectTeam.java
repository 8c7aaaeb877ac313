package fr.cnfpt.inet.stages.domain.placement;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The trainees placed together on one collective-project offer.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param offer  the collective-project offer, not null
 * @param members  the trainees placed on it, not null
 */
public record CollectiveProjectTeam(OfferId offer, List<Trainee> members) {

    /**
     * Creates a team.
     *
     * @param offer  the offer, not null
     * @param members  the trainees, not null
     */
    public CollectiveProjectTeam {
        Objects.requireNonNull(offer, "offer");
        members = List.copyOf(members);
    }

    /**
     * Returns the corps represented in the team.
     *
     * @return the corps, in code order, not null
     */
    public Set<Corps> corps() {
        Set<Corps> corps = EnumSet.noneOf(Corps.class);
        members.forEach(m -> corps.add(m.corps()));
        return corps;
    }
}
