package fr.cnfpt.inet.stages.domain.edition;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.contact.PhoneNumber;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * INET as the edition presents it: its description, postal address, switchboard and web site,
 * its key figures and what it offers foreign institutions (from the English overview).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param description  what INET is, in order, not empty
 * @param addressLines  the postal address, line by line, not empty
 * @param telephone  the switchboard, not null
 * @param website  the web site's host name, such as {@code inet.cnfpt.fr}, not null
 * @param keepInTouch  the "Gardez le fil avec l'INET" lines, in order, not null
 * @param figures  the key figures, not null
 * @param internationalMission  the initiatives of the European and International Mission, not null
 * @param forForeignInstitutions  what a foreign institution can do with INET, not null
 */
public record Institution(List<LocalizedText> description, List<String> addressLines, PhoneNumber telephone,
        String website, List<LocalizedText> keepInTouch, List<KeyFigure> figures,
        List<LocalizedText> internationalMission, List<LocalizedText> forForeignInstitutions) {

    /**
     * Creates the institution's profile.
     *
     * @param description  what INET is, not empty
     * @param addressLines  the postal address, not empty
     * @param telephone  the switchboard, not null
     * @param website  the web site, not null
     * @param keepInTouch  the keep-in-touch lines, not null
     * @param figures  the key figures, not null
     * @param internationalMission  the mission's initiatives, not null
     * @param forForeignInstitutions  the offers to foreign institutions, not null
     */
    public Institution {
        description = List.copyOf(description);
        addressLines = List.copyOf(addressLines);
        Objects.requireNonNull(telephone, "telephone");
        Objects.requireNonNull(website, "website");
        keepInTouch = List.copyOf(keepInTouch);
        figures = List.copyOf(figures);
        internationalMission = List.copyOf(internationalMission);
        forForeignInstitutions = List.copyOf(forForeignInstitutions);
        DomainException.require(!description.isEmpty() && !addressLines.isEmpty(),
                "an institution has a description and an address");
    }

    /**
     * Finds a key figure by its code.
     *
     * @param code  the code, such as {@code INITIAL_TRAINEES_PER_YEAR}, not null
     * @return the figure, or empty if the edition does not give it
     */
    public Optional<KeyFigure> figure(String code) {
        Objects.requireNonNull(code, "code");
        return figures.stream().filter(f -> f.code().equals(code)).findFirst();
    }
}
