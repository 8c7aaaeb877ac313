package fr.cnfpt.inet.stages.importer.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@A1", "\tx", "\rx", "\nx", "\uFF1D1", "\uFF0B1", "\uFF0D1", "\uFF20A1"})
    void prefixesWithAnApostropheTextThatWouldRunAsAFormula(String text) {
        assertThat(SpreadsheetText.isFormulaLike(text)).isTrue();
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Metz", "1-2", "'=1", " =1", "x=1"})
    void leavesOtherTextAsItIs(String text) {
        assertThat(SpreadsheetText.isFormulaLike(text)).isFalse();
        assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
    }
}
