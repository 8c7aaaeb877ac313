package fr.cnfpt.inet.stages.importer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain         | plain",
        "``            | ``",
        "a,b           | `\"a,b\"`",
        "a;b           | a;b",
        "say \"hi\"    | `\"say \"\"hi\"\"\"`",
        "=1+2          | '=1+2",
        "-1            | '-1",
        "@SUM(A1)      | '@SUM(A1)",
        "+33 1         | '+33 1",
        "=HYPERLINK(\"x\",\"y\") | `\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"`",
    })
    void writesTextCellsNeutralisedThenQuoted(String text, String cell) {
        assertThat(CsvCells.COMMA.text(text.strip())).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "carriage\rreturn", "semi;colon"})
    void quotesAcellHoldingTheSeparatorOrALineBreak(String text) {
        assertThat(CsvCells.SEMICOLON.text(text)).isEqualTo('"' + text + '"');
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "=codes", "2026"})
    void writesVerbatimCellsWithoutNeutralising(String value) {
        assertThat(CsvCells.COMMA.verbatim(value)).isEqualTo(value);
        assertThat(CsvCells.COMMA.verbatim("-1,5")).isEqualTo("\"-1,5\"");
    }

    @ParameterizedTest
    @ValueSource(chars = {'"', '\n', '\r'})
    void refusesASeparatorThatCannotSeparate(char separator) {
        assertThatThrownBy(() -> CsvCells.separatedBy(separator)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '\t', '|'})
    void quotesOnItsOwnSeparator(char separator) {
        CsvCells cells = CsvCells.separatedBy(separator);

        assertThat(cells.separator()).isEqualTo(separator);
        assertThat(cells.text("a" + separator + "b")).isEqualTo("\"a" + separator + "b\"");
    }
}
