package fr.cnfpt.inet.stages.importer.xlsx;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;
import fr.cnfpt.inet.stages.importer.spi.RowLocation;
import fr.cnfpt.inet.stages.importer.spi.RowSink;

/**
 * Passes on what the binder reports, naming the cell of the problems of a whole row that the
 * binder cannot place but the sheet can: the cell too long ({@code CELL_TOO_LONG}), the cell
 * beyond the header's columns ({@code ROW_TOO_MANY_CELLS}, {@code COLUMNS_TOO_MANY}); for the
 * latter, the sheet's own words replace the binder's, written for CSV (a separator to quote) and
 * counting the cells the sheet kept rather than those of the file. The sheet says which problem
 * to expect, with its cell, column and message, just before the binder reports it. Records and
 * their locations go on untouched.
 * <p>
 * Not thread-safe: one per sheet read.
 */
final class CellNamingSink implements RowSink {

    private final RowSink downstream;
    private ProblemCode code;
    private String cell = "";
    private String column = "";
    private LocalizedText message;

    CellNamingSink(RowSink downstream) {
        this.downstream = downstream;
    }

    /**
     * Names the cell of the next problem of a code that names none, until {@link #clear()}.
     *
     * @param expected  the problem's code, not null
     * @param reference  the cell, such as {@code C14}, not null
     * @param header  the column's header as written, or the empty string, not null
     */
    void expect(ProblemCode expected, String reference, String header) {
        expect(expected, reference, header, null);
    }

    /**
     * Names the cell of the next problem of a code that names none, and gives it another message,
     * until {@link #clear()}.
     *
     * @param expected  the problem's code, not null
     * @param reference  the cell, such as {@code C14}, not null
     * @param header  the column's header as written, or the empty string, not null
     * @param words  the message, or null to keep the binder's
     */
    void expect(ProblemCode expected, String reference, String header, LocalizedText words) {
        code = expected;
        cell = reference;
        column = header;
        message = words;
    }

    /** Stops naming cells. */
    void clear() {
        code = null;
    }

    @Override
    public void problem(Problem problem) {
        if (code != null && problem.code().equals(code.code()) && problem.cell().isEmpty()) {
            downstream.problem(new Problem(problem.file(), problem.line(), problem.column().isEmpty() ? column
                    : problem.column(), cell, problem.field(), problem.value(), problem.code(), problem.severity(),
                    message == null ? problem.message() : message, problem.record(), problem.character()));
            return;
        }
        downstream.problem(problem);
    }

    @Override
    public void rejected(long line) {
        downstream.rejected(line);
    }

    @Override
    public void offer(long line, Offer offer) {
        downstream.offer(line, offer);
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        downstream.trainee(line, trainee);
    }

    @Override
    public void placement(long line, Placement placement) {
        downstream.placement(line, placement);
    }

    @Override
    public void offer(RowLocation at, Offer offer) {
        downstream.offer(at, offer);
    }

    @Override
    public void trainee(RowLocation at, Trainee trainee) {
        downstream.trainee(at, trainee);
    }

    @Override
    public void placement(RowLocation at, Placement placement) {
        downstream.placement(at, placement);
    }

    @Override
    public void wish(long line, Wish wish) {
        downstream.wish(line, wish);
    }

    @Override
    public void wish(RowLocation at, Wish wish) {
        downstream.wish(at, wish);
    }

    @Override
    public void exclusion(long line, Exclusion exclusion) {
        downstream.exclusion(line, exclusion);
    }

    @Override
    public void exclusion(RowLocation at, Exclusion exclusion) {
        downstream.exclusion(at, exclusion);
    }
}
