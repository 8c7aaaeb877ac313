package fr.cnfpt.inet.stages.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date cells come out as ISO dates within Excel's days only; numbers, even absurd ones, come out
 * as numbers for the binder to judge, never as an exception nor a wrong date.
 */
class IsoDataFormatterTest {

    private final IsoDataFormatter formatter = new IsoDataFormatter();

    @ParameterizedTest(name = "{0} as {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "45976     | dd/mm/yyyy | 2025-11-15",
        "45976.5   | dd/mm/yyyy | 2025-11-15T12:00",
        "2958465   | dd/mm/yyyy | 9999-12-31",
        "2958466   | dd/mm/yyyy | 2958466",
        "1e20      | dd/mm/yyyy | 100000000000000000000",
        "NaN       | dd/mm/yyyy | NaN",
        "Infinity  | General    | Infinity",
        "-Infinity | General    | -Infinity",
        "120000    | General    | 120000",
        "4000.5    | #,##0.00   | 4000.5"})
    void formatsForTheBinderNotTheEye(double value, String format, String expected) {
        assertThat(formatter.formatRawCellContents(value, format.equals("General") ? 0 : 164, format))
                .isEqualTo(expected);
    }
}
