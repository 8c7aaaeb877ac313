package fr.cnfpt.inet.stages.calendar;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.corps.Institute;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.time.DateRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated schooling of one corps for a cohort: its schooling period and its internships in
 * schooling order. A corps INET does not place (the conservateurs du patrimoine, placed by the INP)
 * has no schooling dates and no internships here.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CorpsSchedule {

    private final Corps corps;
    private final Institute placedBy;
    private final DateRange schooling;
    private final List<ScheduledInternship> internships;

    CorpsSchedule(Corps corps, Institute placedBy, DateRange schooling, List<ScheduledInternship> internships) {
        this.corps = Objects.requireNonNull(corps, "corps");
        this.placedBy = Objects.requireNonNull(placedBy, "placedBy");
        this.schooling = schooling;
        this.internships = List.copyOf(internships);
    }

    /** @return the corps, not null */
    public Corps corps() {
        return corps;
    }

    /** @return the institute that places this corps' trainees, not null */
    public Institute placedBy() {
        return placedBy;
    }

    /** @return the schooling period, empty for a corps INET does not place */
    public Optional<DateRange> schooling() {
        return Optional.ofNullable(schooling);
    }

    /** @return the internships in schooling order, empty for a corps INET does not place */
    public List<ScheduledInternship> internships() {
        return internships;
    }

    /**
     * Finds the internship of a type.
     *
     * @param type  the type, not null
     * @return the internship, or empty if this corps has none of that type
     */
    public Optional<ScheduledInternship> internship(InternshipType type) {
        Objects.requireNonNull(type, "type");
        return internships.stream().filter(i -> i.type() == type).findFirst();
    }
}
