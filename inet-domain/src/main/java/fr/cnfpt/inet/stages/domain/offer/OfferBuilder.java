package fr.cnfpt.inet.stages.domain.offer;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.Supervisor;
import fr.cnfpt.inet.stages.domain.quantity.Euros;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Builds an {@link Offer}. Required: id, host, type, at least one corps, cohort, submission date,
 * title and contact. {@link #build()} checks them all.
 * <p>
 * This class is mutable and not thread-safe; the offers it builds are immutable.
 */
public final class OfferBuilder {

    OfferId id;
    Host host;
    InternshipType type;
    final Set<Corps> corps = EnumSet.noneOf(Corps.class);
    CohortYear cohort;
    DateRange period;
    LocalDate submitted;
    String title;
    String description;
    EmailAddress contact;
    Supervisor supervisor;
    Euros contribution;
    int places = 1;

    OfferBuilder() {
    }

    /**
     * @param id  the offer's reference, not null
     * @return this builder
     */
    public OfferBuilder id(OfferId id) {
        this.id = Objects.requireNonNull(id, "id");
        return this;
    }

    /**
     * @param host  the host organisation, not null
     * @return this builder
     */
    public OfferBuilder host(Host host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /**
     * @param type  the internship type, not null
     * @return this builder
     */
    public OfferBuilder type(InternshipType type) {
        this.type = Objects.requireNonNull(type, "type");
        return this;
    }

    /**
     * Sets the corps the offer is open to, replacing any set before.
     *
     * @param corps  the corps, not empty
     * @return this builder
     */
    public OfferBuilder corps(Corps... corps) {
        return corps(Arrays.asList(corps));
    }

    /**
     * Sets the corps the offer is open to, replacing any set before.
     *
     * @param corps  the corps, not empty
     * @return this builder
     */
    public OfferBuilder corps(Collection<Corps> corps) {
        this.corps.clear();
        corps.forEach(c -> this.corps.add(Objects.requireNonNull(c, "corps")));
        return this;
    }

    /**
     * @param cohort  the cohort, not null
     * @return this builder
     */
    public OfferBuilder cohort(CohortYear cohort) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        return this;
    }

    /**
     * @param period  the proposed dates, or null for the internship type's window
     * @return this builder
     */
    public OfferBuilder period(DateRange period) {
        this.period = period;
        return this;
    }

    /**
     * @param submitted  the day the offer reached INET, not null
     * @return this builder
     */
    public OfferBuilder submitted(LocalDate submitted) {
        this.submitted = Objects.requireNonNull(submitted, "submitted");
        return this;
    }

    /**
     * @param title  the mission's title, not blank
     * @return this builder
     */
    public OfferBuilder title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    /**
     * @param description  the mission's description, or null for none
     * @return this builder
     */
    public OfferBuilder description(String description) {
        this.description = description;
        return this;
    }

    /**
     * @param contact  the host's contact address, not null
     * @return this builder
     */
    public OfferBuilder contact(EmailAddress contact) {
        this.contact = Objects.requireNonNull(contact, "contact");
        return this;
    }

    /**
     * @param supervisor  the person the trainee is placed with, or null if not stated
     * @return this builder
     */
    public OfferBuilder supervisor(Supervisor supervisor) {
        this.supervisor = supervisor;
        return this;
    }

    /**
     * @param contribution  the contribution the host commits to, or null if not stated
     * @return this builder
     */
    public OfferBuilder contribution(Euros contribution) {
        this.contribution = contribution;
        return this;
    }

    /**
     * Sets how many trainees the host can take on this offer (for a collective project, how many teams);
     * 1 unless set.
     *
     * @param places  the number of places, at least 1 (checked by {@link #build()})
     * @return this builder
     */
    public OfferBuilder places(int places) {
        this.places = places;
        return this;
    }

    /**
     * Builds the offer.
     *
     * @return the offer, not null
     * @throws NullPointerException if a required field is missing
     * @throws fr.cnfpt.inet.stages.domain.DomainException if no corps, a blank title or fewer than one place is given
     */
    public Offer build() {
        return new Offer(this);
    }
}
