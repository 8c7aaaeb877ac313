package fr.cnfpt.inet.stages.domain.edition;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.corps.Institute;
import fr.cnfpt.inet.stages.domain.quantity.Months;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * What an edition says of a corps: its names in the inclusive forms the brochure uses, its
 * schooling length, and the institute that places its trainees.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CorpsProfile {

    private final Corps corps;
    private final LocalizedText name;
    private final LocalizedText trainees;
    private final LocalizedText concours;
    private final Months schooling;
    private final Institute placedBy;
    private final LocalizedText placementNote;

    private CorpsProfile(Corps corps, LocalizedText name, LocalizedText trainees, LocalizedText concours,
            Months schooling, Institute placedBy, LocalizedText placementNote) {
        this.corps = Objects.requireNonNull(corps, "corps");
        this.name = Objects.requireNonNull(name, "name");
        this.trainees = Objects.requireNonNull(trainees, "trainees");
        this.concours = Objects.requireNonNull(concours, "concours");
        this.schooling = schooling;
        this.placedBy = Objects.requireNonNull(placedBy, "placedBy");
        this.placementNote = placementNote;
    }

    /**
     * Obtains the profile of a corps whose trainees INET places.
     *
     * @param corps  the corps, not null
     * @param name  the corps' name in the plural inclusive form, not null
     * @param trainees  the trainees' name ("Élèves administrateurs et administratrices territoriaux"), not null
     * @param concours  the competitive examination its trainees passed, not null
     * @param schooling  the schooling length, not null
     * @return the profile, not null
     */
    public static CorpsProfile placedByInet(Corps corps, LocalizedText name, LocalizedText trainees,
            LocalizedText concours, Months schooling) {
        return new CorpsProfile(corps, name, trainees, concours, Objects.requireNonNull(schooling, "schooling"),
                Institute.INET, null);
    }

    /**
     * Obtains the profile of a corps whose internships another institute handles.
     *
     * @param corps  the corps, not null
     * @param name  the corps' name, not null
     * @param trainees  the trainees' name, not null
     * @param concours  the competitive examination, not null
     * @param placedBy  the institute that places the trainees, not null
     * @param placementNote  the brochure's note saying so, not null
     * @return the profile, not null
     */
    public static CorpsProfile placedBy(Corps corps, LocalizedText name, LocalizedText trainees,
            LocalizedText concours, Institute placedBy, LocalizedText placementNote) {
        return new CorpsProfile(corps, name, trainees, concours, null, placedBy,
                Objects.requireNonNull(placementNote, "placementNote"));
    }

    /** @return the corps, not null */
    public Corps corps() {
        return corps;
    }

    /** @return the corps' name in the plural inclusive form, not null */
    public LocalizedText name() {
        return name;
    }

    /** @return the trainees' name ("Élèves …"), not null */
    public LocalizedText trainees() {
        return trainees;
    }

    /** @return the competitive examination ("concours") its trainees passed, not null */
    public LocalizedText concours() {
        return concours;
    }

    /** @return the schooling length, if the edition states it (it does not for corps placed by the INP) */
    public Optional<Months> schooling() {
        return Optional.ofNullable(schooling);
    }

    /** @return the institute that places this corps' trainees in internships, not null */
    public Institute placedBy() {
        return placedBy;
    }

    /** @return true if INET places this corps' trainees */
    public boolean isPlacedByInet() {
        return placedBy == Institute.INET;
    }

    /** @return the brochure's note on who places the trainees, for corps INET does not place */
    public Optional<LocalizedText> placementNote() {
        return Optional.ofNullable(placementNote);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorpsProfile that && corps == that.corps && name.equals(that.name)
                && trainees.equals(that.trainees) && concours.equals(that.concours)
                && Objects.equals(schooling, that.schooling) && placedBy == that.placedBy
                && Objects.equals(placementNote, that.placementNote);
    }

    @Override
    public int hashCode() {
        return Objects.hash(corps, name, trainees, concours, schooling, placedBy, placementNote);
    }

    @Override
    public String toString() {
        return "CorpsProfile[" + corps + ", placed by " + placedBy + "]";
    }
}
