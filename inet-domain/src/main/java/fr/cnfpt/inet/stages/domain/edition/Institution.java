package fr.cnfpt.inet.stages.domain.edition;

import fr.cnfpt.inet.stages.domain.DomainException;
import fr.cnfpt.inet.stages.domain.contact.PhoneNumber;
import fr.cnfpt.inet.stages.domain.text.Language;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
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
 * @param addressLines  the postal address, line by line, as written in France, not empty
 * @param country  the country, added to the address for readers abroad ("France"), not null
 * @param telephone  the switchboard, not null
 * @param website  the web site's host name, such as {@code inet.cnfpt.fr}, not null
 * @param keepInTouch  the "Gardez le fil avec l'INET" lines, in order, not null
 * @param figures  the key figures, not null
 * @param internationalMission  the initiatives of the European and International Mission, not null
 * @param forForeignInstitutions  what a foreign institution can do with INET, not null
 */
public record Institution(List<LocalizedText> description, List<String> addressLines, LocalizedText country,
        PhoneNumber telephone,
        String website, List<LocalizedText> keepInTouch, List<KeyFigure> figures,
        List<LocalizedText> internationalMission, List<LocalizedText> forForeignInstitutions) {

    /**
     * Creates the institution's profile.
     *
     * @param description  what INET is, not empty
     * @param addressLines  the postal address, not empty
     * @param country  the country, not null
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
        Objects.requireNonNull(country, "country");
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

    /**
     * Returns the postal address as a reader in a language writes to it: as in France for French
     * ("67089 Strasbourg Cedex"), with the country on a last line of its own for a reader abroad
     * ("67089 Strasbourg Cedex", "France"), as international mail requires.
     *
     * @param language  the reader's language, not null
     * @return the address lines, not empty, not null
     */
    public List<String> address(Language language) {
        Objects.requireNonNull(language, "language");
        if (language == Language.FR) {
            return addressLines;
        }
        List<String> lines = new ArrayList<>(addressLines);
        lines.add(country.in(language));
        return List.copyOf(lines);
    }

    /**
     * Returns the postal address on one line: "1, rue Edmond Michelet, CS 40262, 67089 Strasbourg
     * Cedex, France" for a reader abroad.
     *
     * @param language  the reader's language, not null
     * @return the address, not null
     */
    public String addressOnOneLine(Language language) {
        return String.join(", ", address(language));
    }

    /**
     * Returns the switchboard number as a reader in a language dials it: "03 88 15 52 64" in
     * French, "+33 3 88 15 52 64" abroad.
     *
     * @param language  the reader's language, not null
     * @return the number, not null
     */
    public String telephone(Language language) {
        Objects.requireNonNull(language, "language");
        return language == Language.FR ? telephone.national() : telephone.international();
    }
}
