package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.TraineeId;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.util.List;

/** Binds a row of a wishes file to a {@link Wish}. */
final class WishBinding implements Binding {

    private static final List<Column> C = RecordColumns.WISHES;
    private static final int TRAINEE = Fields.index(C, "trainee");
    private static final int OFFER = Fields.index(C, "offer");
    private static final int RANK = Fields.index(C, "rank");

    @Override
    public void bind(Row row) {
        String trainee = Fields.identifier(row, TRAINEE, TraineeId.MAX_LENGTH);
        String offer = Fields.identifier(row, OFFER, OfferId.MAX_LENGTH);
        int rank = rank(row);
        if (row.failed()) {
            row.rejected();
            return;
        }
        row.sink.wish(row.location(), Wish.of(TraineeId.of(trainee), OfferId.of(offer), rank));
    }

    /** The rank, a whole number of 1 or more; 0 if absent or wrong (then reported). */
    private static int rank(Row row) {
        if (!row.required(RANK)) {
            return 0;
        }
        Long rank = Values.integer(row.text(RANK));
        if (rank == null || rank < 1 || rank > Integer.MAX_VALUE) {
            row.error(RANK, RowProblem.RANK_INVALID, LocalizedText.of(
                    "« " + Values.shortened(row.text(RANK)) + " » n'est pas un rang : écrivez 1 pour le premier choix,"
                            + " 2 pour le suivant, et ainsi de suite.",
                    "\"" + Values.shortened(row.text(RANK)) + "\" is not a rank: write 1 for the first choice, 2 for"
                            + " the next, and so on."));
            return 0;
        }
        return rank.intValue();
    }
}
