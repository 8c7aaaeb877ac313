package fr.cnfpt.inet.stages.domain.host;

import java.util.Objects;

/**
 * Where a host organisation is: in a French département (or overseas territory), or abroad.
 * <p>
 * Implementations are immutable and thread-safe.
 */
public sealed interface HostLocation {

    /**
     * Locates a host in France.
     *
     * @param departement  the département or overseas territory, not null
     * @return the location, not null
     */
    static HostLocation in(Departement departement) {
        return new InFrance(departement);
    }

    /**
     * Locates a host abroad.
     *
     * @param country  the country, not null
     * @return the location, not null
     */
    static HostLocation abroad(Country country) {
        return new Abroad(country);
    }

    /**
     * A location in a French département or overseas territory.
     *
     * @param departement  the département, not null
     */
    record InFrance(Departement departement) implements HostLocation {
        /**
         * Creates the location.
         *
         * @param departement  the département, not null
         */
        public InFrance {
            Objects.requireNonNull(departement, "departement");
        }
    }

    /**
     * A location abroad.
     *
     * @param country  the country, not null
     */
    record Abroad(Country country) implements HostLocation {
        /**
         * Creates the location.
         *
         * @param country  the country, not null
         */
        public Abroad {
            Objects.requireNonNull(country, "country");
        }
    }
}
