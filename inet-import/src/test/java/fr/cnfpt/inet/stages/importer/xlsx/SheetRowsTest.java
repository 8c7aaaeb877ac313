package fr.cnfpt.inet.stages.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.columns.RowBinder;
import fr.cnfpt.inet.stages.importer.spi.ImportLimits;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * A row costs what its columns allowed cost: a cell far to the right is kept once, in the place
 * after the last column allowed, whatever its column; the cells between are not made.
 */
class SheetRowsTest {

    private static final int MAX_COLUMNS = 20;

    @Test
    void keepsNoMoreThanOneCellBeyondTheColumnsAllowed() {
        Collected collected = new Collected();
        SheetRows rows = rows(collected);

        rows.startRow(0);
        rows.cell("A1", "Élève", null);
        rows.cell("B1", "Offre", null);
        rows.cell("C1", "Type de stage", null);
        rows.endRow(0);
        rows.startRow(1);
        rows.cell("A2", "E1", null);
        rows.cell("B2", "OBS-1", null);
        rows.cell("C2", "OBSERVATION", null);
        rows.cell("XFD2", "loin", null);
        rows.cell("ZZZZZZZZZZZZ2", "plus loin", null);
        int width = rows.width();
        rows.endRow(1);

        assertThat(width).isEqualTo(MAX_COLUMNS + 1);
        assertThat(collected.problems).extracting(p -> p.code() + " " + p.cell())
                .containsExactly("ROW_TOO_MANY_CELLS XFD2");
        assertThat(collected.rejected).containsExactly(2L);
    }

    @Test
    void keepsAHeaderReachingTheLastColumnAsShortAsTheColumnsAllowed() {
        Collected collected = new Collected();
        SheetRows rows = rows(collected);

        rows.startRow(0);
        rows.cell("A1", "Élève", null);
        rows.cell("XFD1", "Colonne", null);
        int width = rows.width();
        rows.endRow(0);

        assertThat(width).isEqualTo(MAX_COLUMNS + 1);
        assertThat(collected.problems).extracting(p -> p.code() + " " + p.cell()).containsExactly(
                "COLUMNS_TOO_MANY XFD1");
    }

    private static SheetRows rows(Collected collected) {
        ImportRequest request = ImportRequest.of("placements.xlsx", () -> new ByteArrayInputStream(new byte[0]),
                RecordKind.PLACEMENTS).withLimits(ImportLimits.defaults().withMaxColumns(MAX_COLUMNS));
        CellNamingSink naming = new CellNamingSink(collected);
        return new SheetRows(RowBinder.ofSpreadsheet(request, naming), naming, new CellText(100),
                WorkbookStrings.none(), 100, MAX_COLUMNS);
    }
}
