package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.util.List;

/** Binds a row of a placements file to a {@link Placement}. */
final class PlacementBinding implements Binding {

    private static final List<Column> C = RecordColumns.PLACEMENTS;
    private static final int TRAINEE = Fields.index(C, "trainee");
    private static final int OFFER = Fields.index(C, "offer");
    private static final int TYPE = Fields.index(C, "type");
    private static final int TEAM = Fields.index(C, "team");

    private final CodeReader<InternshipType> types = Codebooks.types();

    @Override
    public void bind(Row row) {
        String trainee = Fields.identifier(row, TRAINEE, TraineeId.MAX_LENGTH);
        String offer = Fields.identifier(row, OFFER, OfferId.MAX_LENGTH);
        InternshipType type = Fields.code(row, TYPE, types, RowProblem.TYPE_UNKNOWN, InternshipType::acceptedCodes);
        int team = team(row);
        if (row.failed()) {
            row.rejected();
            return;
        }
        row.sink.placement(row.location(), new Placement(TraineeId.of(trainee), OfferId.of(offer), type, team));
    }

    /** The team number, {@link Placement#NO_TEAM} if absent or wrong (then reported). */
    private static int team(Row row) {
        if (!row.has(TEAM)) {
            return Placement.NO_TEAM;
        }
        Long team = Values.integer(row.text(TEAM));
        if (team == null || team < 1 || team > Integer.MAX_VALUE) {
            row.error(TEAM, RowProblem.TEAM_INVALID, LocalizedText.of(
                    "« " + Values.shortened(row.text(TEAM)) + " » n'est pas un numéro d'équipe : écrivez un nombre"
                            + " entier de 1 ou plus, ou laissez la cellule vide.",
                    "\"" + Values.shortened(row.text(TEAM)) + "\" is not a team number: write a whole number of 1 or"
                            + " more, or leave the cell empty."));
            return Placement.NO_TEAM;
        }
        return team.intValue();
    }
}
