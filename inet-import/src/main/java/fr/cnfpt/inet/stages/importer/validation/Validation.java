package fr.cnfpt.inet.stages.importer.validation;

import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.DatasetProblem;
import fr.cnfpt.inet.stages.importer.spi.FileProblem;
import fr.cnfpt.inet.stages.importer.spi.ImportFacts;
import fr.cnfpt.inet.stages.importer.spi.ImportRequest;
import fr.cnfpt.inet.stages.importer.spi.Importer;
import fr.cnfpt.inet.stages.importer.spi.ImporterRegistry;
import fr.cnfpt.inet.stages.importer.spi.IoFailures;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import fr.cnfpt.inet.stages.importer.spi.Unread;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One run of checks over a set of files: reads each with its importer, checks every record
 * against the domain's rules and the cohort's calendar, and across files: a reference or trainee
 * id used twice, placements and wishes naming offers and trainees of the run, collective-project
 * teams, a trainee's wishes (ranks and offers given once, ranks without gaps).
 * <p>
 * Check offers first, then trainees, then placements and wishes ({@link #check}); then {@link #finish()} for
 * the checks that need every placement. Memory grows with the number of distinct references, not
 * with the rows, unless placements are checked ({@link #withPlacementsChecked()}): then what the
 * placement rules need of each accepted offer and trainee is kept, packed in at most 32 bytes each, and
 * for each collective-project offer, its places (for the team numbers) in one more entry of that size.
 * <p>
 * Instances are not thread-safe: one per run.
 */
public final class Validation {

    /** The most problems kept per file by default; the others are counted. */
    public static final int DEFAULT_MAX_PROBLEMS = 50_000;

    private final Edition edition;
    private final ImporterRegistry registry;
    private final OfferChecks offerChecks;
    private final List<String> files = new ArrayList<>();
    private final FirstSeen references = new FirstSeen();
    private final FirstSeen traineeIds = new FirstSeen();
    private final PlacementChecks placementChecks;
    private final WishChecks wishChecks;
    private final ExclusionChecks exclusionChecks;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;
    private boolean keepRecords;

    private Validation(Edition edition, Schedules schedules, ImporterRegistry registry) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.offerChecks = new OfferChecks(edition, Objects.requireNonNull(schedules, "schedules"));
        this.placementChecks = new PlacementChecks(edition);
        this.wishChecks = new WishChecks(edition, placementChecks);
        this.exclusionChecks = new ExclusionChecks(placementChecks);
    }

    /**
     * Starts a run.
     *
     * @param edition  the edition whose rules apply, not null
     * @param schedules  the calendar of the cohorts, not null
     * @param registry  the importers, not null
     * @return the run, not null
     */
    public static Validation of(Edition edition, Schedules schedules, ImporterRegistry registry) {
        return new Validation(edition, schedules, registry);
    }

    /**
     * Keeps the accepted offers and trainees, to check the placements and wishes read after them.
     *
     * @return this run
     */
    public Validation withPlacementsChecked() {
        keepRecords = true;
        return this;
    }

    /**
     * Sets the most problems kept per file.
     *
     * @param max  the most problems, at least 1
     * @return this run
     */
    public Validation withMaxProblems(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("at least one problem is kept: " + max);
        }
        maxProblems = max;
        return this;
    }

    /**
     * Finds the importer of a file: the one with the format's id, or the one reading its extension.
     *
     * @param request  the file, not null
     * @param format  an importer's id, or null to choose from the file's extension
     * @return the importer, not null
     * @throws UnknownFormatException if none fits
     */
    public Importer importerFor(ImportRequest request, String format) throws UnknownFormatException {
        String available = registry.all().stream()
                .map(i -> i.id() + " (." + String.join(", .", i.extensions().stream().sorted().toList()) + ")")
                .collect(Collectors.joining(", "));
        if (format != null) {
            Importer importer = registry.byId(format).orElseThrow(() -> new UnknownFormatException(
                    "no importer has the format '" + format + "'; available: " + available));
            if (!importer.kinds().contains(request.kind())) {
                throw new UnknownFormatException("the '" + format + "' importer does not read "
                        + request.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
            return importer;
        }
        return registry.forFile(request.fileName(), request.kind()).orElseThrow(() -> new UnknownFormatException(
                "cannot tell the format of " + request.fileName() + " from its extension; give --format; available: "
                        + available));
    }

    /**
     * Reads and checks a file.
     *
     * @param request  the file, not null
     * @param format  an importer's id, or null to choose from the extension
     * @param downstream  receives the records that pass every check, the problems and the rejections, not null
     * @return the file's report, not null
     * @throws UnknownFormatException if no importer reads the file
     * @throws IOException if the file cannot be opened or read at all
     */
    public FileReport check(ImportRequest request, String format, RowSink downstream)
            throws UnknownFormatException, IOException {
        Importer importer = importerFor(request, format);
        int index = files.size();
        files.add(request.fileName());
        CheckingSink sink = new CheckingSink(this, request.fileName(), index, request.kind(), downstream, maxProblems);
        ImportFacts facts = read(importer, request, sink);
        long rows = sink.reconcile(facts.rows(), importer.id());
        if (facts.complete() && rows == 0 && sink.errors == 0) {
            sink.problem(new Problem(request.fileName(), 0, "", "", "", "", FileProblem.NO_DATA_ROWS,
                    LocalizedText.of("Le fichier n'a aucune ligne de données : seulement l'en-tête.",
                            "The file has no data rows: only the header.")));
        }
        return new FileReport(request.fileName(), request.kind(), facts.format(), facts.encoding(), rows,
                sink.accepted, sink.rejected, sink.errors, sink.warnings, facts.complete(), facts.unread(),
                sink.problems, sink.omitted);
    }

    /**
     * Runs an importer, turning anything it throws into a problem of the file: an importer's bug or
     * a fault of the disk ends the reading of that file, never the run. The rows passed on before
     * stand; the rest of the file is its unread part.
     */
    private static ImportFacts read(Importer importer, ImportRequest request, CheckingSink sink) {
        try {
            return importer.read(request, sink);
        } catch (IOException e) {
            sink.problem(Problem.ofFile(request.fileName(), FileProblem.FILE_UNREADABLE, LocalizedText.of(
                    "Le fichier ne peut pas être lu jusqu'au bout (" + IoFailures.describe(e) + ") : vérifiez qu'il est"
                            + " lisible et complet, puis relancez.",
                    "The file cannot be read to its end (" + IoFailures.describe(e) + "): check that it is readable"
                            + " and whole, then run again.")));
        } catch (RuntimeException | StackOverflowError e) {
            sink.problem(Problem.ofFile(request.fileName(), FileProblem.IMPORTER_FAILED, LocalizedText.of(
                    "L'importateur « " + importer.id() + " » a échoué sur ce fichier (" + e.getClass().getSimpleName()
                            + ") : le reste du fichier n'est pas lu. Signalez-le à son auteur avec le fichier.",
                    "The \"" + importer.id() + "\" importer failed on this file (" + e.getClass().getSimpleName()
                            + "): the rest of the file is not read. Report it to its author with the file.")));
        }
        long passed = sink.accepted + sink.rejected;
        return new ImportFacts(passed, importer.id(), "", false, Unread.counted(request, sink.lastLine + 1));
    }

    /**
     * Makes the checks that need every placement (collective-project teams) or every wish (gaps in a
     * trainee's ranks).
     *
     * @return the problems found, each on the line of the team's first placement or the trainee's first
     *     wish, not null
     */
    public List<Problem> finish() {
        List<PlacementChecks.TeamFinding> findings = new ArrayList<>(placementChecks.finish());
        findings.addAll(wishChecks.finish(files));
        return findings.stream()
                .map(t -> new Problem(t.file(), t.line(), "", "", t.finding().field(), t.finding().value(),
                        t.finding().code(), t.finding().severity(), t.finding().message()))
                .toList();
    }

    List<Finding> checkOffer(Offer offer, int file, long line) {
        List<Finding> findings = offerChecks.check(offer);
        FirstSeen.Place first = references.putIfAbsent(offer.id().value(), file, line);
        if (first != null) {
            findings.add(0, new Finding(DatasetProblem.DUPLICATE_REFERENCE, "reference", offer.id().value(),
                    LocalizedText.of("La référence « " + offer.id().value() + " » est déjà celle de l'offre de la ligne "
                                    + first.line() + where(first, file, true) + " : donnez à chaque offre sa référence.",
                            "The reference \"" + offer.id().value() + "\" is already that of the offer on line "
                                    + first.line() + where(first, file, false) + ": give each offer its own reference.")));
        }
        return findings;
    }

    List<Finding> checkTrainee(Trainee trainee, int file, long line) {
        List<Finding> findings = new ArrayList<>();
        FirstSeen.Place first = traineeIds.putIfAbsent(trainee.id().value(), file, line);
        if (first != null) {
            findings.add(new Finding(DatasetProblem.DUPLICATE_TRAINEE, "id", trainee.id().value(),
                    LocalizedText.of("L'identifiant est déjà celui de l'élève de la ligne " + first.line()
                                    + where(first, file, true) + " : chaque élève a un identifiant unique.",
                            "The id is already that of the trainee on line " + first.line() + where(first, file, false)
                                    + ": each trainee has a unique id.")));
        }
        if (!edition.profile(trainee.corps()).isPlacedByInet()) {
            findings.add(new Finding(DatasetProblem.TRAINEE_PLACED_BY_INP, "corps", trainee.corps().code(),
                    LocalizedText.of("Les stages des élèves de ce cadre d'emplois sont gérés par l'"
                                    + edition.profile(trainee.corps()).placedBy() + ", pas par l'INET.",
                            "The internships of this corps are handled by the "
                                    + edition.profile(trainee.corps()).placedBy() + ", not by INET.")));
        }
        return findings;
    }

    List<Finding> checkPlacement(Placement placement, String file, int index, long line) {
        return placementChecks.check(placement, file, index, line, files);
    }

    List<Finding> checkWish(Wish wish, int index, long line) {
        return wishChecks.check(wish, index, line, files);
    }

    List<Finding> checkExclusion(Exclusion exclusion, int index, long line) {
        return exclusionChecks.check(exclusion, index, line, files);
    }

    void remember(Offer offer) {
        if (keepRecords) {
            placementChecks.remember(offer);
        }
    }

    void remember(Trainee trainee) {
        if (keepRecords) {
            placementChecks.remember(trainee);
        }
    }

    private String where(FirstSeen.Place first, int file, boolean french) {
        if (first.file() == file) {
            return "";
        }
        return (french ? " de " : " of ") + files.get(first.file());
    }

}
