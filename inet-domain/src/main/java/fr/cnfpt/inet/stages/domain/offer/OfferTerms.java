package fr.cnfpt.inet.stages.domain.offer;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a placement is checked against in an offer: its reference, internship type, the corps it is
 * open to and its cohort. Small enough to keep for a million offers while placements are read.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the offer's reference, not null
 * @param type  the internship type offered, not null
 * @param corps  the corps it is open to, not empty
 * @param cohort  the cohort it is for, not null
 */
public record OfferTerms(OfferId id, InternshipType type, Set<Corps> corps, CohortYear cohort) {

    /**
     * Checks and copies the parts.
     *
     * @param id  the offer's reference, not null
     * @param type  the internship type offered, not null
     * @param corps  the corps it is open to, not empty
     * @param cohort  the cohort it is for, not null
     */
    public OfferTerms {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cohort, "cohort");
        fr.cnfpt.inet.stages.domain.DomainException.require(!corps.isEmpty(), "an offer is open to at least one corps");
        corps = Collections.unmodifiableSet(EnumSet.copyOf(corps));
    }
}
