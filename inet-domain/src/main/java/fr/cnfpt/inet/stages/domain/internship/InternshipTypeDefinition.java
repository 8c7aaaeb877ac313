package fr.cnfpt.inet.stages.domain.internship;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an edition says of an internship type: its names, its purpose line, what it brings the
 * host, and the internship it defines for each corps it is open to.
 * <p>
 * A corps without an entry is not open to this type (no thématique for the ingénieurs en chef, no
 * perfectionnement for the administrateurs). Build one with {@link #builder(InternshipType)}.
 * This class is immutable and thread-safe.
 */
public final class InternshipTypeDefinition {

    private final InternshipType type;
    private final LocalizedText name;
    private final LocalizedText pluralName;
    private final List<LocalizedText> purpose;
    private final LocalizedText examplesHeading;
    private final List<HostBenefit> hostBenefits;
    private final CollectiveProjectTerms collectiveProjectTerms;
    private final Map<Corps, Internship> internships;

    private InternshipTypeDefinition(Builder builder) {
        this.type = builder.type;
        this.name = Objects.requireNonNull(builder.name, "name");
        this.pluralName = Objects.requireNonNull(builder.pluralName, "pluralName");
        this.purpose = List.copyOf(builder.purpose);
        this.examplesHeading = Objects.requireNonNull(builder.examplesHeading, "examplesHeading");
        this.hostBenefits = List.copyOf(builder.hostBenefits);
        this.collectiveProjectTerms = builder.collectiveProjectTerms;
        this.internships = Collections.unmodifiableMap(new EnumMap<>(builder.internships));
        DomainException.require(!purpose.isEmpty(), "an internship type needs a purpose: " + type);
        DomainException.require(!internships.isEmpty(), "an internship type must be open to a corps: " + type);
        DomainException.require((type == InternshipType.PROJET_COLLECTIF) == (collectiveProjectTerms != null),
                "only the collective project has collective-project terms");
    }

    /**
     * Starts building the definition of a type.
     *
     * @param type  the type, not null
     * @return a builder, not null
     */
    public static Builder builder(InternshipType type) {
        return new Builder(Objects.requireNonNull(type, "type"));
    }

    /** @return the type, not null */
    public InternshipType type() {
        return type;
    }

    /** @return the type's name, such as "Stage d'observation", not null */
    public LocalizedText name() {
        return name;
    }

    /** @return the section title, in the plural, such as "Stages d'observation", not null */
    public LocalizedText pluralName() {
        return pluralName;
    }

    /** @return the purpose line(s) that open the brochure's section, not empty */
    public List<LocalizedText> purpose() {
        return purpose;
    }

    /** @return the heading of the examples ("Exemples de stages", "Exemples de structures d'accueil"), not null */
    public LocalizedText examplesHeading() {
        return examplesHeading;
    }

    /** @return what hosting brings the host, in order, possibly empty */
    public List<HostBenefit> hostBenefits() {
        return hostBenefits;
    }

    /** @return the terms of a collective project, only for {@link InternshipType#PROJET_COLLECTIF} */
    public Optional<CollectiveProjectTerms> collectiveProjectTerms() {
        return Optional.ofNullable(collectiveProjectTerms);
    }

    /** @return the corps this type is open to, in code order, not empty */
    public Set<Corps> corps() {
        return internships.keySet();
    }

    /**
     * Returns the internship this type defines for a corps.
     *
     * @param corps  the corps, not null
     * @return the internship, or empty if the type is not open to that corps
     */
    public Optional<Internship> forCorps(Corps corps) {
        return Optional.ofNullable(internships.get(Objects.requireNonNull(corps, "corps")));
    }

    @Override
    public String toString() {
        return "InternshipTypeDefinition[" + type + " for " + internships.keySet() + "]";
    }

    /**
     * Builds an {@link InternshipTypeDefinition}. This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final InternshipType type;
        private LocalizedText name;
        private LocalizedText pluralName;
        private List<LocalizedText> purpose = List.of();
        private LocalizedText examplesHeading;
        private List<HostBenefit> hostBenefits = List.of();
        private CollectiveProjectTerms collectiveProjectTerms;
        private final Map<Corps, Internship> internships = new EnumMap<>(Corps.class);

        private Builder(InternshipType type) {
            this.type = type;
        }

        /**
         * @param singular  the type's name, not null
         * @param plural  the section title in the plural, not null
         * @return this builder
         */
        public Builder names(LocalizedText singular, LocalizedText plural) {
            this.name = singular;
            this.pluralName = plural;
            return this;
        }

        /**
         * @param purpose  the purpose line(s), not empty
         * @return this builder
         */
        public Builder purpose(LocalizedText... purpose) {
            this.purpose = List.of(purpose);
            return this;
        }

        /**
         * @param heading  the heading of the examples, not null
         * @return this builder
         */
        public Builder examplesHeading(LocalizedText heading) {
            this.examplesHeading = heading;
            return this;
        }

        /**
         * @param benefits  what hosting brings the host, not null
         * @return this builder
         */
        public Builder hostBenefits(HostBenefit... benefits) {
            this.hostBenefits = List.of(benefits);
            return this;
        }

        /**
         * @param terms  the terms of a collective project, not null
         * @return this builder
         */
        public Builder collectiveProjectTerms(CollectiveProjectTerms terms) {
            this.collectiveProjectTerms = Objects.requireNonNull(terms, "terms");
            return this;
        }

        /**
         * Adds the internship for one corps.
         *
         * @param internship  the internship, of this builder's type, not null
         * @return this builder
         */
        public Builder internship(Internship internship) {
            DomainException.require(internship.type() == type, "an internship of type " + internship.type()
                    + " cannot be defined under " + type);
            DomainException.require(internships.put(internship.corps(), internship) == null,
                    "the internship " + type + " is defined twice for " + internship.corps());
            return this;
        }

        /**
         * Builds the definition.
         *
         * @return the definition, not null
         */
        public InternshipTypeDefinition build() {
            return new InternshipTypeDefinition(this);
        }
    }
}
