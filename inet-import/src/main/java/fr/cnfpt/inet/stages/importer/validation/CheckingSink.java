package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.columns.Column;
import fr.cnfpt.inet.stages.importer.columns.RecordColumns;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Sits between an importer and the caller: checks each record against the rules, counts rows and
 * problems, keeps the first problems, and passes on what passed (records) and what did not
 * (problems, rejections).
 */
final class CheckingSink implements RowSink {

    private final Validation validation;
    private final String file;
    private final int fileIndex;
    private final RecordKind kind;
    private final RowSink downstream;
    private final int maxProblems;
    final List<Problem> problems = new ArrayList<>();
    private final java.util.Map<String, String> labels = new java.util.HashMap<>();
    long accepted;
    long rejected;
    long errors;
    long warnings;
    long omitted;

    CheckingSink(Validation validation, String file, int fileIndex, RecordKind kind, RowSink downstream,
            int maxProblems) {
        this.validation = validation;
        this.file = file;
        this.fileIndex = fileIndex;
        this.kind = kind;
        this.downstream = downstream;
        this.maxProblems = maxProblems;
    }

    @Override
    public void offer(long line, Offer offer) {
        List<Finding> findings = validation.checkOffer(offer, fileIndex, line);
        if (report(line, findings)) {
            accepted++;
            validation.remember(offer);
            downstream.offer(line, offer);
        }
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        List<Finding> findings = validation.checkTrainee(trainee, fileIndex, line);
        if (report(line, findings)) {
            accepted++;
            validation.remember(trainee);
            downstream.trainee(line, trainee);
        }
    }

    @Override
    public void placement(long line, Placement placement) {
        List<Finding> findings = validation.checkPlacement(placement, file, fileIndex, line);
        if (report(line, findings)) {
            accepted++;
            downstream.placement(line, placement);
        }
    }

    @Override
    public void problem(Problem problem) {
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (problems.size() < maxProblems) {
            problems.add(problem);
        } else {
            omitted++;
        }
        downstream.problem(problem);
    }

    @Override
    public void rejected(long line) {
        rejected++;
        downstream.rejected(line);
    }

    void problem(long line, Finding finding) {
        String column = labels.computeIfAbsent(finding.field(), field -> RecordColumns.of(kind).stream()
                .filter(c -> c.field().equals(field)).map(Column::names).map(names -> names.get(0)).findFirst()
                .orElse(""));
        problem(new Problem(file, line, column, "", finding.field(), finding.value(), finding.code(),
                finding.severity(), finding.message()));
    }

    /** Reports the findings; returns true if the record stands (no error), else rejects the row. */
    private boolean report(long line, List<Finding> findings) {
        boolean error = false;
        for (Finding finding : findings) {
            problem(line, finding);
            error |= finding.isError();
        }
        if (error) {
            rejected(line);
        }
        return !error;
    }

    /** Checks that the importer's count matches the rows it passed on; reports a faulty importer. */
    long reconcile(long rowsSaid, String importer) {
        long passed = accepted + rejected;
        if (rowsSaid != passed) {
            problem(new Problem(file, 0, "", "", "", String.valueOf(rowsSaid), "IMPORTER_MISCOUNT", Severity.ERROR,
                    LocalizedText.of("L'importateur « " + importer + " » annonce " + rowsSaid + " lignes mais en a transmis "
                            + passed + " : signalez-le à son auteur.", "The \"" + importer + "\" importer says "
                            + rowsSaid + " rows but passed on " + passed + ": report it to its author.")));
        }
        return passed;
    }
}
