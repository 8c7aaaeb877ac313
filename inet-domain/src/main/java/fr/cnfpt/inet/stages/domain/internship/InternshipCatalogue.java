package fr.cnfpt.inet.stages.domain.internship;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The internship types of an edition and, for each corps, its internships in schooling order.
 * <p>
 * The catalogue checks that each corps' internships are ranked 1, 2, 3… without gaps or ties.
 * This class is immutable and thread-safe.
 */
public final class InternshipCatalogue {

    private final Map<InternshipType, InternshipTypeDefinition> definitions;

    private InternshipCatalogue(Map<InternshipType, InternshipTypeDefinition> definitions) {
        this.definitions = Collections.unmodifiableMap(new EnumMap<>(definitions));
        for (Corps corps : Corps.values()) {
            List<Internship> ranked = internshipsOf(corps);
            Set<Integer> ranks = new HashSet<>();
            for (Internship internship : ranked) {
                DomainException.require(ranks.add(internship.rank()) && internship.rank() == ranks.size(),
                        "the internships of " + corps + " must be ranked 1, 2, 3… without gaps or ties");
            }
        }
    }

    /**
     * Obtains a catalogue from type definitions.
     *
     * @param definitions  the definitions, at most one per type, not null
     * @return the catalogue, not null
     */
    public static InternshipCatalogue of(Collection<InternshipTypeDefinition> definitions) {
        Map<InternshipType, InternshipTypeDefinition> byType = new EnumMap<>(InternshipType.class);
        for (InternshipTypeDefinition definition : definitions) {
            DomainException.require(byType.put(definition.type(), definition) == null,
                    "the internship type " + definition.type() + " is defined twice");
        }
        return new InternshipCatalogue(byType);
    }

    /**
     * Returns the definitions, in the order of {@link InternshipType}.
     *
     * @return the definitions, not null
     */
    public Collection<InternshipTypeDefinition> definitions() {
        return definitions.values();
    }

    /**
     * Returns the definition of a type.
     *
     * @param type  the type, not null
     * @return the definition, or empty if this edition does not define the type
     */
    public Optional<InternshipTypeDefinition> definition(InternshipType type) {
        return Optional.ofNullable(definitions.get(Objects.requireNonNull(type, "type")));
    }

    /**
     * Returns the terms of a collective project (team size, population threshold, contribution).
     *
     * @return the terms, or empty if this edition has no collective projects
     */
    public Optional<CollectiveProjectTerms> collectiveProjectTerms() {
        return definition(InternshipType.PROJET_COLLECTIF).flatMap(InternshipTypeDefinition::collectiveProjectTerms);
    }

    /**
     * Returns the internship of a type for a corps.
     *
     * @param type  the type, not null
     * @param corps  the corps, not null
     * @return the internship, or empty if the type is not open to the corps
     */
    public Optional<Internship> find(InternshipType type, Corps corps) {
        return definition(type).flatMap(d -> d.forCorps(corps));
    }

    /**
     * Checks whether a type is open to a corps.
     *
     * @param type  the type, not null
     * @param corps  the corps, not null
     * @return true if the edition defines that internship for that corps
     */
    public boolean isOpen(InternshipType type, Corps corps) {
        return find(type, corps).isPresent();
    }

    /**
     * Returns a corps' internships in schooling order.
     *
     * @param corps  the corps, not null
     * @return the internships, first to last, empty for a corps INET does not place
     */
    public List<Internship> internshipsOf(Corps corps) {
        Objects.requireNonNull(corps, "corps");
        return definitions.values().stream()
                .flatMap(d -> d.forCorps(corps).stream())
                .sorted(Comparator.comparingInt(Internship::rank))
                .toList();
    }
}
