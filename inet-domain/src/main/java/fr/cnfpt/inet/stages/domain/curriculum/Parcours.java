package fr.cnfpt.inet.stages.domain.curriculum;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A "parcours de formation" (training track) or an "itinéraire transversal" (cross-cutting
 * track) of the curriculum: its title, its contents and the corps it is for.
 * <p>
 * "Compétences scientifiques et techniques" is for the conservateurs de bibliothèques only; the
 * "Tronc commun à 21 écoles de service public" carries the {@link TroncCommun} figures.
 * This class is immutable and thread-safe.
 */
public final class Parcours {

    private final String code;
    private final LocalizedText title;
    private final LocalizedText contents;
    private final Set<Corps> audience;
    private final TroncCommun troncCommun;

    private Parcours(String code, LocalizedText title, LocalizedText contents, Collection<Corps> audience,
            TroncCommun troncCommun) {
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.contents = Objects.requireNonNull(contents, "contents");
        DomainException.require(code.matches("[A-Z][A-Z0-9_]*"), "a parcours code is upper case: " + code);
        DomainException.require(!audience.isEmpty(), "a parcours is for at least one corps: " + code);
        this.audience = Collections.unmodifiableSet(EnumSet.copyOf(audience));
        this.troncCommun = troncCommun;
    }

    /**
     * Obtains a track for some corps.
     *
     * @param code  the stable upper-case code, such as {@code GESTION_RESSOURCES}, not null
     * @param title  the title, not null
     * @param contents  what it covers, not null
     * @param audience  the corps it is for, not empty
     * @return the track, not null
     */
    public static Parcours of(String code, LocalizedText title, LocalizedText contents, Collection<Corps> audience) {
        return new Parcours(code, title, contents, audience, null);
    }

    /**
     * Returns a copy of this track carrying the common core's figures.
     *
     * @param troncCommun  the common core, not null
     * @return the track, not null
     */
    public Parcours withTroncCommun(TroncCommun troncCommun) {
        return new Parcours(code, title, contents, audience, Objects.requireNonNull(troncCommun, "troncCommun"));
    }

    /** @return the stable code, not null */
    public String code() {
        return code;
    }

    /** @return the title, not null */
    public LocalizedText title() {
        return title;
    }

    /** @return what the track covers, not null */
    public LocalizedText contents() {
        return contents;
    }

    /** @return the corps the track is for, not empty */
    public Set<Corps> audience() {
        return audience;
    }

    /**
     * Checks whether the track is for a corps.
     *
     * @param corps  the corps, not null
     * @return true if the corps follows this track
     */
    public boolean appliesTo(Corps corps) {
        return audience.contains(Objects.requireNonNull(corps, "corps"));
    }

    /** @return the common core's figures, for the common-core track only */
    public Optional<TroncCommun> troncCommun() {
        return Optional.ofNullable(troncCommun);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parcours that && code.equals(that.code) && title.equals(that.title)
                && contents.equals(that.contents) && audience.equals(that.audience)
                && Objects.equals(troncCommun, that.troncCommun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, title, contents, audience, troncCommun);
    }

    @Override
    public String toString() {
        return "Parcours " + code;
    }
}
