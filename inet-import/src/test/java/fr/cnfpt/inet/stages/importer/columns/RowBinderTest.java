package fr.cnfpt.inet.stages.importer.columns;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cnfpt.inet.stages.importer.Collected;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowBinderTest {

    private static final List<String> HEADER = List.of("Identifiant", "Cadre d'emplois", "Promotion");

    private static ImportRequest trainees() {
        return ImportRequest.of("eleves.csv", () -> new ByteArrayInputStream(new byte[0]), RecordKind.TRAINEES);
    }

    @Test
    void stripsCellsItselfUnlessTheImporterDoes() {
        Collected stripping = new Collected();
        RowBinder binder = RowBinder.of(trainees(), stripping);
        binder.header(1, HEADER);
        binder.row(2, List.of("  E-1 ", " ADMINISTRATEUR", "2026 "));

        Collected stripped = new Collected();
        RowBinder trusting = RowBinder.of(trainees(), stripped).withCellsStripped();
        trusting.header(1, HEADER);
        trusting.row(2, List.of("E-1", "ADMINISTRATEUR", "2026"));

        assertThat(stripping.problems).isEmpty();
        assertThat(stripping.trainees).isEqualTo(stripped.trainees).hasSize(1);
        assertThat(stripping.trainees.get(0).id().value()).isEqualTo("E-1");
    }

    @Test
    void skipsRowsOfEmptyCellsWithoutCountingThemEitherWay() {
        Collected sink = new Collected();
        RowBinder binder = RowBinder.of(trainees(), sink).withCellsStripped();
        binder.header(1, HEADER);

        binder.row(2, List.of("", "", ""));
        binder.row(3, List.of("E-1", "ADMINISTRATEUR", "2026"));

        assertThat(binder.rows()).isEqualTo(1);
        assertThat(sink.acceptedLines).containsExactly(3L);
    }
}
