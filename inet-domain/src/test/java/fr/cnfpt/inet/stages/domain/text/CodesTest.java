package fr.cnfpt.inet.stages.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodesTest {

    @ParameterizedTest
    @CsvSource({
        "CONSERVATEUR_BIBLIOTHEQUES, CONSERVATEUR_BIBLIOTHEQUES",
        "conservateur-bibliotheques, CONSERVATEUR_BIBLIOTHEQUES",
        "Conservateur bibliothèques, CONSERVATEUR_BIBLIOTHEQUES",
        "ingenieur-en-chef, INGENIEUR_EN_CHEF",
        "'  administrateur ', ADMINISTRATEUR"
    })
    void readsCorpsCodesAsPeopleTypeThem(String typed, Corps expected) {
        assertThat(Corps.fromCode(typed)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"projet-collectif, PROJET_COLLECTIF", "THÉMATIQUE, THEMATIQUE", "professionnalisation, PROFESSIONNALISATION"})
    void readsInternshipTypeCodesAsPeopleTypeThem(String typed, InternshipType expected) {
        assertThat(InternshipType.fromCode(typed)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"conservateur", "ingenieur", "stage", "''"})
    void findsNothingForUnknownCodes(String typed) {
        assertThat(Corps.fromCode(typed)).isEmpty();
        assertThat(InternshipType.fromCode(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PROJET_COLLECTIF, projet-collectif", "INGENIEUR_EN_CHEF, ingenieur-en-chef"})
    void writesCodesInLowerCaseWithDashes(String code, String dashed) {
        assertThat(Codes.dashed(code)).isEqualTo(dashed);
    }
}
