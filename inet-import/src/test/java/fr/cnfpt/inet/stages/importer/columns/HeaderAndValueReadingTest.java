package fr.cnfpt.inet.stages.importer.columns;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.EnumSource;

class HeaderAndValueReadingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Date de dépôt|submitted", "DATE_DE_DEPOT|submitted", " date de depot |submitted",
            "Cadre d'emplois|corps", "Cadres d’emplois|corps", "Type de structure|hostKind", "Département|departement",
            "E-mail|contact", "Participation financière|contribution", "Référence|reference"})
    void matchesHeadersWhateverTheirCaseAccentsAndSpaces(String header, String field) {
        assertThat(RecordColumns.find(RecordKind.OFFERS, header)).map(Column::field).contains(field);
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void noHeaderNamesTwoColumnsOfTheSameKind(RecordKind kind) {
        Map<String, String> owners = new HashMap<>();
        for (Column column : RecordColumns.of(kind)) {
            for (String name : column.names()) {
                String previous = owners.put(HeaderKey.of(name), column.field());
                assertThat(previous).as(name).isIn(null, column.field());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"30/03/2026|2026-03-30", "2026-03-30|2026-03-30", "1/2/2027|2027-02-01",
            "30.03.2026|2026-03-30", "2026-03-30T00:00|2026-03-30", "2026-03-30 00:00:00.0|2026-03-30"})
    void readsFrenchAndIsoDates(String text, LocalDate date) {
        assertThat(Values.date(text).date()).isEqualTo(date);
    }

    @Test
    void tellsADayThatDoesNotExistFromSomethingThatIsNotADate() {
        assertThat(Values.date("31/02/2026")).isEqualTo(new Values.DateReading(null, true));
        assertThat(Values.date("mars 2026")).isEqualTo(new Values.DateReading(null, false));
        assertThat(Values.date("2026/30/03").date()).isNull();
        assertThat(Values.date("2026-03-30T10:30")).isEqualTo(new Values.DateReading(null, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"120000|120000", "120 000|120000", "120\u00a0000|120000", "120,000|120000",
            "120000.0|120000", "-3|-3", "-491 201|-491201", "+12|12", "1.200.000|1200000", "1,200.000|1200000",
            "1'200'000|1200000", "1,0000|1", "120000,00|120000", "123456789012345678|123456789012345678"})
    void readsWholeNumbersAsSpreadsheetsWriteThem(String text, long value) {
        assertThat(Values.integer(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "12a", "1,20", "1.5", "1234,567", "1,234,56", "12,", "1.000.", "--3", "1 234,5",
            "1234567890123456789", "½"})
    void refusesWhatIsNotAWholeNumber(String text) {
        assertThat(Values.integer(text)).as("'%s'", text).isNull();
    }

    @Test
    void readsAmountsWithDecimalCommasAndTheEuroSign() {
        assertThat(Values.amount("4 000,00 €")).isEqualByComparingTo(new BigDecimal("4000"));
        assertThat(Values.amount("4.000,50")).isEqualByComparingTo(new BigDecimal("4000.50"));
        assertThat(Values.amount("4000.5")).isEqualByComparingTo(new BigDecimal("4000.5"));
        assertThat(Values.amount("quatre mille")).isNull();
        assertThat(Values.amount("EUR 4000")).isEqualByComparingTo(new BigDecimal("4000"));
        assertThat(Values.amount("-12.5")).isEqualByComparingTo(new BigDecimal("-12.5"));
        assertThat(Values.amount("4000.1234567")).isNull();
        assertThat(Values.amount("4000.")).isNull();
        assertThat(Values.amount(".5")).isNull();
        assertThat(Values.amount("1234567890123456")).isNull();
    }

    @Test
    void readsCorpsAsCodesWordsPluralsOrAbbreviations() {
        CodeReader<Corps> corps = Codebooks.corps();

        assertThat(corps.read("Conservateurs de bibliothèques")).contains(Corps.CONSERVATEUR_BIBLIOTHEQUES);
        assertThat(corps.read("Ingénieurs en chef territoriaux")).contains(Corps.INGENIEUR_EN_CHEF);
        assertThat(corps.read("AT")).contains(Corps.ADMINISTRATEUR);
        assertThat(corps.read("attaché")).isEmpty();
        assertThat(Values.list("AT, CTB et ICT")).containsExactly("AT", "CTB", "ICT");
        assertThat(Values.list("ADMINISTRATEUR;INGENIEUR_EN_CHEF")).containsExactly("ADMINISTRATEUR", "INGENIEUR_EN_CHEF");
    }

    @Test
    void splitsListsOnSeparatorsAndOnEtAndAmpersandBetweenSpaces() {
        assertThat(Values.list("Administrateurs ET conservateurs de bibliothèques")).containsExactly("Administrateurs",
                "conservateurs de bibliothèques");
        assertThat(Values.list("AT & ICT\nCTB")).containsExactly("AT", "ICT", "CTB");
        assertThat(Values.list("Ingénieurs en chef, etc")).containsExactly("Ingénieurs en chef", "etc");
        assertThat(Values.list("AT et")).containsExactly("AT et");
        assertThat(Values.list(" , ; ")).isEmpty();
    }

    /** The hand-written split gives what the regular expression it replaced gave, on any text. */
    @Test
    void splitsListsExactlyAsTheRegularExpressionDid() {
        java.util.regex.Pattern separators = java.util.regex.Pattern.compile("[,;/+|\\n\\r]|\\s+(?i:et|and|&)\\s+");
        String alphabet = "aetnETdA &,;/ \t\n";
        java.util.Random random = new java.util.Random(20261123);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            java.util.List<String> expected = candidate.chars().noneMatch(Character::isWhitespace)
                    ? java.util.Arrays.stream(candidate.split("[,;/+|&]")).filter(s -> !s.isEmpty()).toList()
                    : java.util.Arrays.stream(separators.split(candidate)).filter(s -> !s.isBlank()).map(String::strip)
                            .toList();
            assertThat(Values.list(candidate)).as("'%s'", candidate).isEqualTo(expected);
        }
    }

    @Test
    void readsInternshipTypesAsTheBrochureNamesThem() {
        CodeReader<InternshipType> types = Codebooks.types();

        assertThat(types.read("Stage d'observation")).contains(InternshipType.OBSERVATION);
        assertThat(types.read("Projet collectif")).contains(InternshipType.PROJET_COLLECTIF);
        assertThat(types.read("projet-collectif")).contains(InternshipType.PROJET_COLLECTIF);
    }

    @Test
    void namesCellsAsExcelDoes() {
        assertThat(CellReference.of(2, 14)).isEqualTo("C14");
        assertThat(CellReference.of(26, 1)).isEqualTo("AA1");
        assertThat(CellReference.column("AB7")).isEqualTo(27);
    }
}
