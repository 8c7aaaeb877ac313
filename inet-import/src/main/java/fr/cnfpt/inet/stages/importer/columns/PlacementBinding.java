package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.util.List;

/** Binds a row of a placements file to a {@link Placement}. */
final class PlacementBinding implements Binding {

    private static final List<Column> C = RecordColumns.PLACEMENTS;
    private static final int TRAINEE = Fields.index(C, "trainee");
    private static final int OFFER = Fields.index(C, "offer");
    private static final int TYPE = Fields.index(C, "type");

    private final CodeReader<InternshipType> types = Codebooks.types();

    @Override
    public void bind(Row row) {
        String trainee = Fields.identifier(row, TRAINEE, TraineeId.MAX_LENGTH);
        String offer = Fields.identifier(row, OFFER, OfferId.MAX_LENGTH);
        InternshipType type = Fields.code(row, TYPE, types, RowProblem.TYPE_UNKNOWN, InternshipType::acceptedCodes);
        if (row.failed()) {
            row.rejected();
            return;
        }
        row.sink.placement(row.location(), Placement.of(TraineeId.of(trainee), OfferId.of(offer), type));
    }
}
