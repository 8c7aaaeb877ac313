package fr.cnfpt.inet.stages.planning;

import fr.cnfpt.inet.stages.domain.host.HostIdentity;
import fr.cnfpt.inet.stages.domain.rule.Violation;
import java.util.List;
import java.util.Optional;

/**
 * What forbids a trainee an offer, whatever the others get: the placement rules it breaks, a host of the
 * trainee's history, or an excluded host. {@link #NONE} when nothing does.
 *
 * @param kind  what forbids it
 * @param violations  the rules broken (errors), empty unless {@code kind} is {@code RULES}
 * @param host  the host of the history or exclusion, or null
 */
record Barrier(Kind kind, List<Violation> violations, HostIdentity host) {

    /** What can forbid an offer. */
    enum Kind {
        NONE, RULES, HISTORY, EXCLUSION
    }

    static final Barrier NONE = new Barrier(Kind.NONE, List.of(), null);

    Barrier {
        violations = List.copyOf(violations);
    }

    boolean allows() {
        return kind == Kind.NONE;
    }

    Optional<HostIdentity> hostConcerned() {
        return Optional.ofNullable(host);
    }
}
