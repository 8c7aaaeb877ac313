package fr.cnfpt.inet.stages.domain.edition;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.curriculum.Curriculum;
import fr.cnfpt.inet.stages.domain.internship.InternshipCatalogue;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One yearly edition of the brochure "Accueillir un ou une élève en stage": everything it states,
 * as data. The 2026-2027 edition is built in ({@link fr.cnfpt.inet.stages.domain.edition.published.Editions#current()}); a later edition is
 * another {@code Edition} value, built with {@link #builder(CohortYear)} or read from data by
 * an importer, without changing code.
 * <p>
 * An edition holds texts, durations and rules' parameters; the dates of a cohort's internships
 * come from its calendar.
 * This class is immutable and thread-safe.
 */
public final class Edition {

    private final CohortYear cohort;
    private final LocalizedText title;
    private final List<LocalizedText> coverQuestions;
    private final List<LocalizedText> hostingPitch;
    private final Map<Corps, CorpsProfile> profiles;
    private final Curriculum curriculum;
    private final InternshipCatalogue catalogue;
    private final InternshipsContact contact;
    private final Institution institution;
    private final List<Erratum> errata;

    private Edition(Builder builder) {
        this.cohort = builder.cohort;
        this.title = Objects.requireNonNull(builder.title, "title");
        this.coverQuestions = List.copyOf(builder.coverQuestions);
        this.hostingPitch = List.copyOf(builder.hostingPitch);
        this.profiles = Collections.unmodifiableMap(new EnumMap<>(builder.profiles));
        this.curriculum = Objects.requireNonNull(builder.curriculum, "curriculum");
        this.catalogue = Objects.requireNonNull(builder.catalogue, "catalogue");
        this.contact = Objects.requireNonNull(builder.contact, "contact");
        this.institution = Objects.requireNonNull(builder.institution, "institution");
        this.errata = List.copyOf(builder.errata);
        DomainException.require(profiles.keySet().containsAll(List.of(Corps.values())),
                "an edition profiles every corps; missing: " + missingProfiles());
        for (CorpsProfile profile : profiles.values()) {
            boolean hasInternships = !catalogue.internshipsOf(profile.corps()).isEmpty();
            DomainException.require(hasInternships == profile.isPlacedByInet(), profile.corps()
                    + (hasInternships ? " has internships but INET does not place it" : " is placed by INET but has no internship"));
        }
    }

    private List<Corps> missingProfiles() {
        return java.util.Arrays.stream(Corps.values()).filter(c -> !profiles.containsKey(c)).toList();
    }

    /**
     * Starts building an edition for a cohort.
     *
     * @param cohort  the cohort whose schooling the edition covers, not null
     * @return a builder, not null
     */
    public static Builder builder(CohortYear cohort) {
        return new Builder(Objects.requireNonNull(cohort, "cohort"));
    }

    /** @return the cohort whose schooling this edition covers, not null */
    public CohortYear cohort() {
        return cohort;
    }

    /** @return the edition's name, the schooling years, such as {@code "2026-2027"}, not null */
    public String label() {
        return cohort.schoolingYears();
    }

    /** @return the brochure's title, "Accueillir un ou une élève en stage", not null */
    public LocalizedText title() {
        return title;
    }

    /** @return the questions on the cover ("Un stage à proposer ?"), in order, not null */
    public List<LocalizedText> coverQuestions() {
        return coverQuestions;
    }

    /** @return the paragraphs inviting hosts to take a trainee, in order, not null */
    public List<LocalizedText> hostingPitch() {
        return hostingPitch;
    }

    /**
     * Returns what the edition says of a corps.
     *
     * @param corps  the corps, not null
     * @return the profile, not null
     */
    public CorpsProfile profile(Corps corps) {
        return profiles.get(Objects.requireNonNull(corps, "corps"));
    }

    /** @return the profiles of every corps, in code order, not null */
    public Collection<CorpsProfile> profiles() {
        return profiles.values();
    }

    /** @return the curriculum, not null */
    public Curriculum curriculum() {
        return curriculum;
    }

    /** @return the internship types and each corps' internships, not null */
    public InternshipCatalogue catalogue() {
        return catalogue;
    }

    /** @return INET's contact for internships, not null */
    public InternshipsContact contact() {
        return contact;
    }

    /** @return INET's description, address, figures and international offers, not null */
    public Institution institution() {
        return institution;
    }

    /** @return the inconsistencies found in the edition's sources and what the library retains, not null */
    public List<Erratum> errata() {
        return errata;
    }

    @Override
    public String toString() {
        return "Edition " + label();
    }

    /**
     * Builds an {@link Edition}. Every part is required except the cover questions, the hosting
     * pitch and the errata. This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final CohortYear cohort;
        private LocalizedText title;
        private List<LocalizedText> coverQuestions = List.of();
        private List<LocalizedText> hostingPitch = List.of();
        private final Map<Corps, CorpsProfile> profiles = new EnumMap<>(Corps.class);
        private Curriculum curriculum;
        private InternshipCatalogue catalogue;
        private InternshipsContact contact;
        private Institution institution;
        private List<Erratum> errata = List.of();

        private Builder(CohortYear cohort) {
            this.cohort = cohort;
        }

        /**
         * @param title  the brochure's title, not null
         * @param coverQuestions  the questions on the cover, not null
         * @return this builder
         */
        public Builder title(LocalizedText title, List<LocalizedText> coverQuestions) {
            this.title = title;
            this.coverQuestions = coverQuestions;
            return this;
        }

        /**
         * @param hostingPitch  the paragraphs inviting hosts, not null
         * @return this builder
         */
        public Builder hostingPitch(List<LocalizedText> hostingPitch) {
            this.hostingPitch = hostingPitch;
            return this;
        }

        /**
         * @param profile  what the edition says of one corps, not null
         * @return this builder
         */
        public Builder profile(CorpsProfile profile) {
            DomainException.require(profiles.put(profile.corps(), profile) == null,
                    "the corps " + profile.corps() + " is profiled twice");
            return this;
        }

        /**
         * @param curriculum  the curriculum, not null
         * @return this builder
         */
        public Builder curriculum(Curriculum curriculum) {
            this.curriculum = curriculum;
            return this;
        }

        /**
         * @param catalogue  the internship catalogue, not null
         * @return this builder
         */
        public Builder catalogue(InternshipCatalogue catalogue) {
            this.catalogue = catalogue;
            return this;
        }

        /**
         * @param contact  the internships contact, not null
         * @return this builder
         */
        public Builder contact(InternshipsContact contact) {
            this.contact = contact;
            return this;
        }

        /**
         * @param institution  INET's profile, not null
         * @return this builder
         */
        public Builder institution(Institution institution) {
            this.institution = institution;
            return this;
        }

        /**
         * @param errata  the inconsistencies of the sources, not null
         * @return this builder
         */
        public Builder errata(List<Erratum> errata) {
            this.errata = errata;
            return this;
        }

        /**
         * Builds the edition, checking that it profiles every corps and that exactly the corps
         * INET places have internships.
         *
         * @return the edition, not null
         */
        public Edition build() {
            return new Edition(this);
        }
    }
}
