package fr.cnfpt.inet.stages.domain.internship;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list of examples given by the brochure (missions or host structures), with an optional
 * heading such as "Services de l'État".
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ExampleGroup {

    private final LocalizedText heading;
    private final List<LocalizedText> items;

    private ExampleGroup(LocalizedText heading, List<LocalizedText> items) {
        this.heading = heading;
        this.items = List.copyOf(items);
        DomainException.require(!this.items.isEmpty(), "an example group must have at least one example");
    }

    /**
     * Obtains examples without a heading.
     *
     * @param items  the examples, not empty
     * @return the group, not null
     */
    public static ExampleGroup of(List<LocalizedText> items) {
        return new ExampleGroup(null, items);
    }

    /**
     * Obtains examples under a heading.
     *
     * @param heading  the heading, not null
     * @param items  the examples, not empty
     * @return the group, not null
     */
    public static ExampleGroup titled(LocalizedText heading, List<LocalizedText> items) {
        return new ExampleGroup(Objects.requireNonNull(heading, "heading"), items);
    }

    /** @return the heading, if any */
    public Optional<LocalizedText> heading() {
        return Optional.ofNullable(heading);
    }

    /** @return the examples, in the brochure's order, not empty */
    public List<LocalizedText> items() {
        return items;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExampleGroup that && Objects.equals(heading, that.heading) && items.equals(that.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(heading, items);
    }

    @Override
    public String toString() {
        return (heading == null ? "" : heading.fr() + ": ") + items.size() + " examples";
    }
}
