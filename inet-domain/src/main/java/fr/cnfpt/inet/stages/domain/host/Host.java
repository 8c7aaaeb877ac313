package fr.cnfpt.inet.stages.domain.host;

import fr.cnfpt.inet.stages.domain.DomainException;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation that offers an internship: its kind, name, location and, for a local
 * authority, its population.
 * <p>
 * A host is valid by construction; whether it suits an internship type is a matter for the
 * {@linkplain fr.cnfpt.inet.stages.domain.rule.OfferRules rules}.
 * This class is immutable and thread-safe.
 */
public final class Host {

    private final HostKind kind;
    private final String name;
    private final HostLocation location;
    private final Population population;
    private final Siret siret;

    private Host(HostKind kind, String name, HostLocation location, Population population, Siret siret) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name").strip();
        this.location = Objects.requireNonNull(location, "location");
        this.population = population;
        this.siret = siret;
        DomainException.require(!this.name.isEmpty(), "a host must have a name");
    }

    /**
     * Obtains a host whose population is not known or does not apply.
     *
     * @param kind  the kind of organisation, not null
     * @param name  the name, not blank
     * @param location  where the host is, not null
     * @return the host, not null
     */
    public static Host of(HostKind kind, String name, HostLocation location) {
        return new Host(kind, name, location, null, null);
    }

    /**
     * Returns a copy of this host with its population.
     *
     * @param population  the number of inhabitants, not null
     * @return a host with that population, not null
     */
    public Host withPopulation(Population population) {
        return new Host(kind, name, location, Objects.requireNonNull(population, "population"), siret);
    }

    /**
     * Returns a copy of this host with its SIRET number, which then is its identity ({@link HostIdentity}).
     *
     * @param siret  the establishment's SIRET number, not null
     * @return a host with that number, not null
     */
    public Host withSiret(Siret siret) {
        return new Host(kind, name, location, population, Objects.requireNonNull(siret, "siret"));
    }

    /**
     * Returns the kind of organisation.
     *
     * @return the kind, not null
     */
    public HostKind kind() {
        return kind;
    }

    /**
     * Returns the organisation's name.
     *
     * @return the name, stripped, not empty
     */
    public String name() {
        return name;
    }

    /**
     * Returns where the host is.
     *
     * @return the location, not null
     */
    public HostLocation location() {
        return location;
    }

    /**
     * Returns the host's département, if it is in France.
     *
     * @return the département, or empty for a host abroad
     */
    public Optional<Departement> departement() {
        return location instanceof HostLocation.InFrance inFrance ? Optional.of(inFrance.departement()) : Optional.empty();
    }

    /**
     * Returns the host's country, if it is abroad.
     *
     * @return the country, or empty for a host in France
     */
    public Optional<Country> country() {
        return location instanceof HostLocation.Abroad abroad ? Optional.of(abroad.country()) : Optional.empty();
    }

    /**
     * Returns the number of inhabitants, if known.
     *
     * @return the population, or empty if unknown or not applicable
     */
    public Optional<Population> population() {
        return Optional.ofNullable(population);
    }

    /**
     * Returns the establishment's SIRET number, if the offer gave it.
     *
     * @return the SIRET number, or empty if not given
     */
    public Optional<Siret> siret() {
        return Optional.ofNullable(siret);
    }

    /**
     * Returns what tells this host apart from others: its SIRET number when known, otherwise its name
     * and where it is, compared without case and accents.
     *
     * @return the identity, not null
     */
    public HostIdentity identity() {
        return HostIdentity.of(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Host that && kind == that.kind && name.equals(that.name)
                && location.equals(that.location) && Objects.equals(population, that.population)
                && Objects.equals(siret, that.siret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, location, population, siret);
    }

    @Override
    public String toString() {
        return kind + " " + name + " (" + location + (population == null ? "" : ", " + population + " inhabitants") + ")";
    }
}
