package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.host.HostIdentity;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.Objects;

/**
 * A host tied to a trainee for planning: one the trainee already had in an earlier placement (history),
 * or one the trainee must not be placed with (an exclusion: a former employer, a conflict of interest).
 * Either way the planner never places the trainee on an offer of that host ({@link HostIdentity#isSameHostAs}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param trainee  the trainee, not null
 * @param host  the host's identity, not null
 */
public record TraineeHost(TraineeId trainee, HostIdentity host) {

    /**
     * Creates the tie.
     *
     * @param trainee  the trainee, not null
     * @param host  the host's identity, not null
     */
    public TraineeHost {
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(host, "host");
    }
}
