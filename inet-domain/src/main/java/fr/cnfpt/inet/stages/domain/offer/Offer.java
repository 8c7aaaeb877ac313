package fr.cnfpt.inet.stages.domain.offer;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.contact.EmailAddress;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.internship.Supervisor;
import fr.cnfpt.inet.stages.domain.quantity.Euros;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An internship offer sent by a host organisation for a cohort: a mission of one internship type,
 * open to one or several corps.
 * <p>
 * An offer is structurally valid by construction; whether it meets the brochure's rules is checked
 * by {@link fr.cnfpt.inet.stages.domain.rule.OfferRules}, which returns violations as values.
 * Build one with {@link #builder()}.
 * This class is immutable and thread-safe.
 */
public final class Offer {

    private final OfferId id;
    private final Host host;
    private final InternshipType type;
    private final Set<Corps> corps;
    private final CohortYear cohort;
    private final DateRange period;
    private final LocalDate submitted;
    private final String title;
    private final String description;
    private final EmailAddress contact;
    private final Supervisor supervisor;
    private final Euros contribution;
    private final int places;

    Offer(OfferBuilder builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.host = Objects.requireNonNull(builder.host, "host");
        this.type = Objects.requireNonNull(builder.type, "type");
        DomainException.require(!builder.corps.isEmpty(), "an offer must be open to at least one corps");
        this.corps = Collections.unmodifiableSet(EnumSet.copyOf(builder.corps));
        this.cohort = Objects.requireNonNull(builder.cohort, "cohort");
        this.period = builder.period;
        this.submitted = Objects.requireNonNull(builder.submitted, "submitted");
        this.title = Objects.requireNonNull(builder.title, "title").strip();
        DomainException.require(!title.isEmpty(), "an offer must have a title");
        this.description = Objects.requireNonNullElse(builder.description, "").strip();
        this.contact = Objects.requireNonNull(builder.contact, "contact");
        this.supervisor = builder.supervisor;
        this.contribution = builder.contribution;
        DomainException.require(builder.places >= 1, "an offer has at least one place: " + builder.places);
        this.places = builder.places;
    }

    /**
     * Starts building an offer.
     *
     * @return a new builder, not null
     */
    public static OfferBuilder builder() {
        return new OfferBuilder();
    }

    /** @return the offer's reference, not null */
    public OfferId id() {
        return id;
    }

    /** @return what placements are checked against: reference, type, corps and cohort, not null */
    public OfferTerms terms() {
        return new OfferTerms(id, type, corps, cohort);
    }

    /** @return the host organisation, not null */
    public Host host() {
        return host;
    }

    /** @return the internship type offered, not null */
    public InternshipType type() {
        return type;
    }

    /** @return the corps the offer is open to, in code order, not empty, unmodifiable */
    public Set<Corps> corps() {
        return corps;
    }

    /** @return the cohort the offer is for, not null */
    public CohortYear cohort() {
        return cohort;
    }

    /** @return the dates the host proposes, or empty for the internship type's window */
    public Optional<DateRange> period() {
        return Optional.ofNullable(period);
    }

    /** @return the day the offer was submitted to INET, not null */
    public LocalDate submitted() {
        return submitted;
    }

    /** @return the mission's title, not empty */
    public String title() {
        return title;
    }

    /** @return the mission's description, possibly empty, not null */
    public String description() {
        return description;
    }

    /** @return the host's contact address for this offer, not null */
    public EmailAddress contact() {
        return contact;
    }

    /** @return the person the trainee would be placed with, or empty if the offer does not say */
    public Optional<Supervisor> supervisor() {
        return Optional.ofNullable(supervisor);
    }

    /** @return the contribution the host commits to pay, or empty if the offer does not say */
    public Optional<Euros> contribution() {
        return Optional.ofNullable(contribution);
    }

    /**
     * Returns how many trainees the host can take on this offer; for a collective project, how many
     * teams. An offer that does not say has one.
     *
     * @return the number of places, at least 1
     */
    public int places() {
        return places;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Offer that && id.equals(that.id) && host.equals(that.host) && type == that.type
                && corps.equals(that.corps) && cohort.equals(that.cohort) && Objects.equals(period, that.period)
                && submitted.equals(that.submitted) && title.equals(that.title)
                && description.equals(that.description) && contact.equals(that.contact)
                && supervisor == that.supervisor && Objects.equals(contribution, that.contribution)
                && places == that.places;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, host, type, corps, cohort, period, submitted, title);
    }

    @Override
    public String toString() {
        return "Offer " + id + ": " + type + " for " + corps + ", cohort " + cohort + ", " + host.name();
    }
}
