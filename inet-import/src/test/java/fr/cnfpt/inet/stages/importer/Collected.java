package fr.cnfpt.inet.stages.importer;

import fr.cnfpt.inet.stages.calendar.rule.OfferCalendarRules;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.rule.OfferRules;
import fr.cnfpt.inet.stages.domain.rule.PlacementRules;
import fr.cnfpt.inet.stages.domain.rule.Rule;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.spi.Problem;
import fr.cnfpt.inet.stages.importer.spi.ProblemCode;
import fr.cnfpt.inet.stages.importer.spi.RowSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A sink that keeps everything it is given, for tests. It fails on a problem whose code is in no
 * catalogue (the data problems, the brochure's and the calendar's rules): every test that reads a
 * file through it, the hostile corpora included, checks that the importers report only catalogued
 * codes.
 */
public final class Collected implements RowSink {

    /** Every code a problem may carry. */
    public static final Set<String> CATALOGUED = Stream.of(
            ProblemCode.all().stream().map(ProblemCode::code),
            Stream.of(OfferRules.all(), PlacementRules.placementRules(), PlacementRules.teamRules())
                    .flatMap(List::stream).map(Rule::description).map(d -> d.code().value()),
            OfferCalendarRules.descriptions().stream().map(d -> d.code().value()))
            .flatMap(s -> s).collect(Collectors.toUnmodifiableSet());

    public final List<Offer> offers = new ArrayList<>();
    public final List<Trainee> trainees = new ArrayList<>();
    public final List<Placement> placements = new ArrayList<>();
    public final List<Wish> wishes = new ArrayList<>();
    public final List<Exclusion> exclusions = new ArrayList<>();
    public final List<Long> acceptedLines = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();
    public final List<Long> rejected = new ArrayList<>();

    @Override
    public void offer(long line, Offer offer) {
        offers.add(offer);
        acceptedLines.add(line);
    }

    @Override
    public void trainee(long line, Trainee trainee) {
        trainees.add(trainee);
        acceptedLines.add(line);
    }

    @Override
    public void placement(long line, Placement placement) {
        placements.add(placement);
        acceptedLines.add(line);
    }

    @Override
    public void wish(long line, Wish wish) {
        wishes.add(wish);
        acceptedLines.add(line);
    }

    @Override
    public void exclusion(long line, Exclusion exclusion) {
        exclusions.add(exclusion);
        acceptedLines.add(line);
    }

    @Override
    public void problem(Problem problem) {
        if (!CATALOGUED.contains(problem.code())) {
            throw new AssertionError("a problem code outside the catalogue: " + problem);
        }
        problems.add(problem);
    }

    @Override
    public void rejected(long line) {
        rejected.add(line);
    }

    /** @return the codes of the problems, in order */
    public List<String> codes() {
        return problems.stream().map(Problem::code).toList();
    }

    /** @return the errors */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
