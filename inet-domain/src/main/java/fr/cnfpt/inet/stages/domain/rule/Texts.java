package fr.cnfpt.inet.stages.domain.rule;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Locale;
import java.util.Optional;

/**
 * The names and figures the rules' messages and statements use, taken from the edition so that
 * they speak its words and quote its figures.
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

    /**
     * Replaces the edition's figures in a rule's statement: {@code {teamSize}}, {@code {populationAbove}}
     * and {@code {contribution}} by the collective projects' terms ("4", "40 000", "4 000 €" in
     * French, with narrow no-break spaces; "4", "40,000", "4,000 €" in English). Without collective
     * projects, the text is kept.
     */
    static LocalizedText withFigures(LocalizedText statement, Edition edition) {
        Optional<CollectiveProjectTerms> terms = edition.catalogue().collectiveProjectTerms();
        if (terms.isEmpty()) {
            return statement;
        }
        return LocalizedText.of(withFigures(statement.fr(), terms.get(), '\u202f', "\u00a0€"),
                withFigures(statement.en(), terms.get(), ',', "\u00a0€"));
    }

    /**
     * Replaces the edition's figures in the brochure's sentence a rule quotes, written as the
     * brochure writes them ("plus de 40 000 habitants", "4 000 €", with plain spaces).
     */
    static String quoting(String source, Edition edition) {
        return edition.catalogue().collectiveProjectTerms().map(terms -> withFigures(source, terms, ' ', " €"))
                .orElse(source);
    }

    private static String withFigures(String text, CollectiveProjectTerms terms, char separator, String euros) {
        return text.replace("{teamSize}", Integer.toString(terms.teamSize()))
                .replace("{populationAbove}", grouped(terms.populationAbove(), separator))
                .replace("{contribution}", grouped(terms.contribution().amount().longValue(), separator) + euros);
    }

    /** "40 000" (with the given separator), "40,000". */
    static String grouped(long number, char separator) {
        return String.format(Locale.ROOT, "%,d", number).replace(',', separator);
    }
}
