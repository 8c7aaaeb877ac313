package fr.cnfpt.inet.stages.importer.memory;

import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.Region;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a host is, in the 6 bits that {@link PackedOffer} and {@link PackedTrainee} give it: 1 to
 * 61 a {@link Region} (its ordinal plus one), {@link #ABROAD}, {@link #UNKNOWN} (a département
 * of no région), {@link #NONE} (no placement).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PackedRegion {

    /** No région: nothing placed. */
    public static final int NONE = 0;
    /** A host abroad. */
    public static final int ABROAD = 62;
    /** A host in France whose région is not known. */
    public static final int UNKNOWN = 63;

    static {
        if (Region.values().length >= ABROAD) {
            throw new ExceptionInInitializerError("more régions than PackedRegion can hold: " + Region.values().length);
        }
    }

    private PackedRegion() {
    }

    /**
     * Returns the packed région of a host.
     *
     * @param host  the host, not null
     * @return 1 to 61, {@link #ABROAD} or {@link #UNKNOWN}
     */
    public static int of(Host host) {
        Objects.requireNonNull(host, "host");
        if (host.departement().isEmpty()) {
            return ABROAD;
        }
        return host.departement().get().region().map(r -> r.ordinal() + 1).orElse(UNKNOWN);
    }

    /**
     * Returns the région of a packed région.
     *
     * @param packed  a packed région
     * @return the région, or empty for {@link #NONE}, {@link #ABROAD} and {@link #UNKNOWN}
     */
    public static Optional<Region> region(int packed) {
        return packed >= 1 && packed <= Region.values().length ? Optional.of(Region.values()[packed - 1])
                : Optional.empty();
    }
}
