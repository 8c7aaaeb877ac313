package fr.cnfpt.inet.stages.domain.placement;

import fr.cnfpt.inet.stages.domain.host.HostIdentity;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import java.util.Objects;

/**
 * A host a trainee must not be placed with, whatever its offers: a former employer, a conflict of interest.
 * The host is known by its identity ({@link HostIdentity}: its SIRET number when given, otherwise its name
 * and place), so the exclusion covers every offer of that host.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param trainee  the trainee, not null
 * @param host  the identity of the excluded host, not null
 */
public record Exclusion(TraineeId trainee, HostIdentity host) {

    /**
     * Creates an exclusion.
     *
     * @param trainee  the trainee, not null
     * @param host  the identity of the excluded host, not null
     */
    public Exclusion {
        Objects.requireNonNull(trainee, "trainee");
        Objects.requireNonNull(host, "host");
    }

    /**
     * Obtains an exclusion.
     *
     * @param trainee  the trainee, not null
     * @param host  the identity of the excluded host, not null
     * @return the exclusion, not null
     */
    public static Exclusion of(TraineeId trainee, HostIdentity host) {
        return new Exclusion(trainee, host);
    }
}
