package fr.cnfpt.inet.stages.domain.edition.published;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.edition.EditionText;
import fr.cnfpt.inet.stages.domain.edition.EditionTexts;
import fr.cnfpt.inet.stages.domain.edition.Institution;
import fr.cnfpt.inet.stages.domain.internship.HostBenefit;
import fr.cnfpt.inet.stages.domain.text.Language;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The English edition is written for a foreign host, in natural English: every English text of the
 * edition is read, and what a foreign host needs from INET's English overview is there.
 */
class EnglishEditionTest {

    private static final List<EditionText> TEXTS = EditionTexts.of(Editions.current());

    private static String english() {
        return TEXTS.stream().map(t -> t.text().en()).collect(Collectors.joining("\n"));
    }

    /** Calques of the French that an English reader stumbles on, and what the edition writes instead. */
    @ParameterizedTest(name = "no \"{0}\" ({1})")
    @CsvSource(delimiter = ';', value = {
        "(?i)\\bschooling\\b ; scolarité: training, training programme",
        "(?i)médiathèque ; médiathèque: media library",
        "(?i)\\bpublic reading\\b ; lecture publique: public libraries, public library services",
        "(?i)\\bhis or her\\b|\\bhim or her\\b ; singular they",
        "(?i)\\binterships\\b ; the overview's misprint",
        "\\b\\d{5,}\\b ; 15000: 15,000",
        "(?i)\\bthe INET\\b ; INET takes no article in English",
        "(?i)\\bterritorial (administrators?|library|heritage|chief)\\b ; the career groups' English names",
        "(?i)\\bregional executives\\b ; the overview's mistranslation of cadres territoriaux",
        "(?i)\\bin in\\b ; the overview's doubled word"
    })
    void writesNoCalqueInAnyEnglishText(String calque, String instead) {
        Pattern pattern = Pattern.compile(calque.strip());
        assertThat(TEXTS).as(instead).noneMatch(t -> pattern.matcher(t.text().en()).find());
    }

    /** "corps" is not English for cadre d'emplois: the edition says "career group" and explains the French once. */
    @Test
    void writesNoBareCorpsAndExplainsTheCadresDEmploisOnce() {
        Pattern corps = Pattern.compile("(?i)\\bcorps\\b");
        assertThat(TEXTS).noneMatch(t -> corps.matcher(t.text().en()).find());
        assertThat(TEXTS).filteredOn(t -> t.text().en().contains("cadres d'emplois"))
                .singleElement().satisfies(t -> assertThat(t.text().en())
                        .contains("career groups of the French local civil service",
                                "senior administrators (administrateurs territoriaux)",
                                "library curators (conservateurs territoriaux de bibliothèques)",
                                "heritage curators (conservateurs territoriaux du patrimoine)",
                                "chief engineers (ingénieurs en chef territoriaux)"));
    }

    /** "Appréhender, au sein de la direction d'une bibliothèque/médiathèque" is translated. */
    @Test
    void translatesMediatheque() {
        assertThat(english()).contains("library or media library");
    }

    /**
     * The overview: "The National Institute for Local Studies (INET) …", "part of the National Centre
     * for Local Civil Service (CNFPT …)", "located in the European capital of Strasbourg", "170
     * students trained every year in initial training", "accredited by … (ICAPA)", "Host an INET
     * student as part of a vocational internship within a foreign institution or international
     * organisation".
     */
    @Test
    void carriesWhatAForeignHostNeedsFromTheOverview() {
        Institution inet = Editions.current().institution();
        String description = inet.description().stream().map(t -> t.en()).collect(Collectors.joining("\n"));
        assertThat(description).contains("National Institute for Local Studies (Institut national des études"
                        + " territoriales, INET)", "National Centre for Local Civil Service (Centre national de la fonction"
                        + " publique territoriale, CNFPT)", "Strasbourg", "170 students follow INET's initial training",
                "(ICAPA)", "A foreign institution or an international organisation can host an INET trainee");
        assertThat(inet.figure("INITIAL_TRAINEES_PER_YEAR")).hasValueSatisfying(f -> {
            assertThat(f.value()).isEqualTo(170);
            assertThat(f.label().en()).isEqualTo("students trained every year in initial training");
        });
        assertThat(inet.forForeignInstitutions()).extracting(t -> t.en())
                .contains("Host an INET trainee for an internship within a foreign institution or an international"
                        + " organisation.");
    }

    /** "1, rue Edmond Michelet CS 40262 67089 Strasbourg Cedex", "0388155264": written for a reader abroad. */
    @Test
    void givesAnInternationalAddressAndTelephone() {
        Institution inet = Editions.current().institution();
        assertThat(inet.address(Language.EN)).containsExactly("1, rue Edmond Michelet", "CS 40262", "67089 Strasbourg Cedex",
                "France");
        assertThat(inet.addressOnOneLine(Language.EN)).endsWith("67089 Strasbourg Cedex, France");
        assertThat(inet.address(Language.FR)).containsExactly("1, rue Edmond Michelet", "CS 40262", "67089 Strasbourg Cedex");
        assertThat(inet.telephone(Language.EN)).isEqualTo("+33 3 88 15 52 64");
        assertThat(Editions.current().contact().telephone().international()).isEqualTo("+33 3 88 15 53 69");
    }

    /** "LE +" is not "THE PLUS" in English. */
    @Test
    void marksTheHighlightedBenefitInEnglish() {
        assertThat(HostBenefit.MARKER.en()).isEqualTo("KEY BENEFIT");
    }

    @Test
    void writesEveryTextInBothLanguages() {
        assertThat(TEXTS).hasSizeGreaterThan(150).allSatisfy(t -> {
            assertThat(t.text().fr()).as(t.where()).isNotBlank();
            assertThat(t.text().en()).as(t.where()).isNotBlank();
        });
    }
}
