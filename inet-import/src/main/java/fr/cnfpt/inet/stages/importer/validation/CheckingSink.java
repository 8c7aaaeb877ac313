package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.columns.Column;
import fr.cnfpt.inet.stages.importer.columns.RecordColumns;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RecordKind;
import fr.cnfpt.inet.stages.importer.spi.RowLocation;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Sits between an importer and the caller: checks each record against the rules, counts rows and
 * problems, keeps the first problems, and passes on what passed (records) and what did not
 * (problems, rejections). A problem of a rule names the column and cell the way the file does.
 * In a file of personal data (trainees), no problem quotes a personal field or a value that is not
 * a field's, whatever the importer: the last guard before the console and the reports.
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
    private final java.util.Set<String> shownFields;
    long accepted;
    long rejected;
    long errors;
    long warnings;
    long omitted;
    /** The line of the last row passed on: where an importer that failed stopped. */
    long lastLine;

    CheckingSink(Validation validation, String file, int fileIndex, RecordKind kind, RowSink downstream,
            int maxProblems) {
        this.validation = validation;
        this.file = file;
        this.fileIndex = fileIndex;
        this.kind = kind;
        this.downstream = downstream;
        this.maxProblems = maxProblems;
        List<Column> columns = RecordColumns.of(kind);
        this.shownFields = columns.stream().anyMatch(Column::personal)
                ? columns.stream().filter(c -> !c.personal()).map(Column::field).collect(java.util.stream.Collectors.toSet())
                : null;
    }

    @Override
    public void offer(long line, Offer offer) {
        offer(RowLocation.ofLine(line), offer);
    }

    @Override
    public void offer(RowLocation at, Offer offer) {
        lastLine = at.line();
        List<Finding> findings = validation.checkOffer(offer, fileIndex, at.line());
        if (report(at, findings)) {
            accepted++;
            validation.remember(offer);
            downstream.offer(at, offer);
        }
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        trainee(RowLocation.ofLine(line), trainee);
    }

    @Override
    public void trainee(RowLocation at, Trainee trainee) {
        lastLine = at.line();
        List<Finding> findings = validation.checkTrainee(trainee, fileIndex, at.line());
        if (report(at, findings)) {
            accepted++;
            validation.remember(trainee);
            downstream.trainee(at, trainee);
        }
    }

    @Override
    public void placement(long line, Placement placement) {
        placement(RowLocation.ofLine(line), placement);
    }

    @Override
    public void placement(RowLocation at, Placement placement) {
        lastLine = at.line();
        List<Finding> findings = validation.checkPlacement(placement, file, fileIndex, at.line());
        if (report(at, findings)) {
            accepted++;
            downstream.placement(at, placement);
        }
    }

    @Override
    public void wish(long line, Wish wish) {
        wish(RowLocation.ofLine(line), wish);
    }

    @Override
    public void wish(RowLocation at, Wish wish) {
        lastLine = at.line();
        List<Finding> findings = validation.checkWish(wish, fileIndex, at.line());
        if (report(at, findings)) {
            accepted++;
            downstream.wish(at, wish);
        }
    }

    @Override
    public void exclusion(long line, Exclusion exclusion) {
        exclusion(RowLocation.ofLine(line), exclusion);
    }

    @Override
    public void exclusion(RowLocation at, Exclusion exclusion) {
        lastLine = at.line();
        List<Finding> findings = validation.checkExclusion(exclusion, fileIndex, at.line());
        if (report(at, findings)) {
            accepted++;
            downstream.exclusion(at, exclusion);
        }
    }

    @Override
    public void problem(Problem found) {
        Problem problem = shownFields != null && !found.value().isEmpty() && !shownFields.contains(found.field())
                ? found.withoutValue() : found;
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
        lastLine = Math.max(lastLine, line);
        rejected++;
        downstream.rejected(line);
    }

    /** Reports a finding on a record, naming its column and cell as the file does. */
    void problem(RowLocation at, Finding finding) {
        String header = at.columns().header(finding.field());
        String column = !header.isEmpty() ? header : labels.computeIfAbsent(finding.field(), field -> RecordColumns
                .of(kind).stream().filter(c -> c.field().equals(field)).map(Column::names).map(names -> names.get(0))
                .findFirst().orElse(""));
        problem(new Problem(file, at.line(), column, at.columns().cell(finding.field(), at.line()), finding.field(),
                finding.value(), finding.code(), finding.severity(), finding.message(), at.record(), at.character()));
    }

    /** Reports the findings; returns true if the record stands (no error), else rejects the row. */
    private boolean report(RowLocation at, List<Finding> findings) {
        boolean error = false;
        for (Finding finding : findings) {
            problem(at, finding);
            error |= finding.isError();
        }
        if (error) {
            rejected(at.line());
        }
        return !error;
    }

    /** Checks that the importer's count matches the rows it passed on; reports a faulty importer. */
    long reconcile(long rowsSaid, String importer) {
        long passed = accepted + rejected;
        if (rowsSaid != passed) {
            problem(new Problem(file, 0, "", "", "", String.valueOf(rowsSaid), FileProblem.IMPORTER_MISCOUNT,
                    LocalizedText.of("L'importateur « " + importer + " » annonce " + rowsSaid + " lignes mais en a transmis "
                            + passed + " : signalez-le à son auteur.", "The \"" + importer + "\" importer says "
                            + rowsSaid + " rows but passed on " + passed + ": report it to its author.")));
        }
        return passed;
    }
}
