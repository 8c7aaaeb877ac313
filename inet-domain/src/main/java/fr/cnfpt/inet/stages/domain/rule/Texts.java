package fr.cnfpt.inet.stages.domain.rule;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;

/**
 * The names the rules' messages use, taken from the edition so that messages speak its words.
 */
final class Texts {

    private Texts() {
    }

    static LocalizedText corps(Edition edition, Corps corps) {
        return edition.profile(corps).name();
    }

    static LocalizedText type(Edition edition, InternshipType type) {
        return edition.catalogue().definition(type).map(d -> d.name())
                .orElse(LocalizedText.of(type.code(), type.code()));
    }
}
