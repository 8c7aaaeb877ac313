package fr.cnfpt.inet.stages.domain.host;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What tells a host organisation apart from another, to recognise a host a trainee already had (an
 * earlier placement) or must not have (an exclusion): its SIRET number when given, otherwise its name
 * and where it is (its département, or its country abroad), the name compared without case, accents,
 * punctuation or repeated spaces ("Ville de Saint-Étienne" is "VILLE DE SAINT ETIENNE").
 * <p>
 * {@link #isSameHostAs(HostIdentity)} compares SIRET numbers when both identities have one, and names
 * and places otherwise: a host named the same in the same département is the same host even if only
 * one of the two records gives its SIRET. An identity known by its SIRET number only ({@link #of(Siret)}, an
 * exclusion that gives no name) is the same host as an identity with that SIRET number, and as no host
 * whose SIRET number is unknown. {@link #equals(Object)} is plain value equality.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class HostIdentity {

    private final Siret siret;
    private final String nameKey;
    private final HostLocation location;

    private HostIdentity(Siret siret, String nameKey, HostLocation location) {
        this.siret = siret;
        this.nameKey = nameKey;
        this.location = location;
        fr.cnfpt.inet.stages.domain.DomainException.require(siret != null || location != null,
                "a host is known by its SIRET number, or by its name and place");
    }

    /**
     * Obtains the identity of a host.
     *
     * @param host  the host, not null
     * @return its identity, not null
     */
    public static HostIdentity of(Host host) {
        Objects.requireNonNull(host, "host");
        return new HostIdentity(host.siret().orElse(null), nameKey(host.name()), host.location());
    }

    /**
     * Obtains the identity of a host known by its name and place only (an exclusion typed by hand).
     *
     * @param name  the host's name, not blank
     * @param location  where it is, not null
     * @return its identity, not null
     */
    public static HostIdentity of(String name, HostLocation location) {
        Objects.requireNonNull(name, "name");
        String key = nameKey(name);
        fr.cnfpt.inet.stages.domain.DomainException.require(!key.isEmpty(), "a host's name must not be blank");
        return new HostIdentity(null, key, location);
    }

    /**
     * Obtains the identity of a host known by its SIRET number only (an exclusion that gives no name).
     *
     * @param siret  the host's SIRET number, not null
     * @return its identity, not null
     */
    public static HostIdentity of(Siret siret) {
        return new HostIdentity(Objects.requireNonNull(siret, "siret"), "", null);
    }

    /**
     * Returns a copy with a SIRET number, which then decides against any identity that has one too.
     *
     * @param number  the host's SIRET number, not null
     * @return the identity, not null
     */
    public HostIdentity withSiret(Siret number) {
        return new HostIdentity(Objects.requireNonNull(number, "number"), nameKey, location);
    }

    /**
     * Returns the name as it is compared: lower case, without accents, ligatures spelt out, every run of
     * characters other than letters and digits made one space.
     *
     * @param name  a host's name, not null
     * @return the comparison key, possibly empty, not null
     */
    public static String nameKey(String name) {
        Objects.requireNonNull(name, "name");
        String lower = name.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Tells whether two identities name the same host: by SIRET number when both have one, otherwise by
     * name key and location.
     *
     * @param other  the other identity, not null
     * @return true if they are the same host
     */
    public boolean isSameHostAs(HostIdentity other) {
        Objects.requireNonNull(other, "other");
        if (siret != null && other.siret != null) {
            return siret.equals(other.siret);
        }
        return location != null && nameKey.equals(other.nameKey) && location.equals(other.location);
    }

    /** @return the SIRET number, if known */
    public Optional<Siret> siret() {
        return Optional.ofNullable(siret);
    }

    /** @return the name as compared ({@link #nameKey(String)}), empty if known by its SIRET number only, not null */
    public String nameKey() {
        return nameKey;
    }

    /** @return where the host is, empty if known by its SIRET number only */
    public Optional<HostLocation> location() {
        return Optional.ofNullable(location);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostIdentity that && Objects.equals(siret, that.siret) && nameKey.equals(that.nameKey)
                && Objects.equals(location, that.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(siret, nameKey, location);
    }

    /**
     * Returns the name key, the place and the SIRET number if known, such as
     * {@code ville de colmar (68) SIRET 21680066600017}; {@code SIRET 21680066600017} for a host known by
     * its SIRET number only.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (location == null) {
            return "SIRET " + siret;
        }
        String place = location instanceof HostLocation.InFrance f ? f.departement().code()
                : ((HostLocation.Abroad) location).country().code();
        return nameKey + " (" + place + ")" + (siret == null ? "" : " SIRET " + siret);
    }
}
