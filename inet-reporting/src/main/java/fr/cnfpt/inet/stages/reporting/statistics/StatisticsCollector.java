package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.calendar.CohortSchedule;
import fr.cnfpt.inet.stages.calendar.Schedules;
import fr.cnfpt.inet.stages.calendar.rule.OfferCalendarRules;
import fr.cnfpt.inet.stages.calendar.rule.SubmissionTiming;
import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.Host;
import fr.cnfpt.inet.stages.domain.host.Region;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.rule.Severity;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;
import fr.cnfpt.inet.stages.importer.memory.CompactIndex;
import fr.cnfpt.inet.stages.importer.memory.PackedOffer;
import fr.cnfpt.inet.stages.importer.memory.PackedRegion;
import fr.cnfpt.inet.stages.importer.memory.PackedTrainee;
import fr.cnfpt.inet.stages.importer.spi.DatasetProblem;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the statistics of a dataset in one pass: give it the offers, then the trainees, then
 * the placements (the order {@code inet stats} reads them in), and the import problems, then call
 * {@link #finish()}.
 * <p>
 * Memory: counts are kept by group (cohort, type, corps, host kind, région…), so they grow with the
 * number of groups, not of rows. Two joins need one small entry per record: each offer's host group
 * (16 bytes, for placements by host kind and région and for the collective-project teams) and each
 * trainee's corps, cohort and the région of each placement (16 bytes, for placement rates and
 * mobility): about 32 MB for a million offers and a million trainees. No name, no id is kept: ids
 * are reduced to 64-bit hashes.
 * <p>
 * Not thread-safe: one collector is fed by one thread.
 */
public final class StatisticsCollector {

    private final Edition edition;
    private final Schedules schedules;
    private final PopulationBands bands;
    private final Map<Integer, CohortSchedule> cohortSchedules = new HashMap<>();
    private final Tallies tallies = new Tallies();
    private final CompactIndex offerIndex = new CompactIndex();
    private final CompactIndex traineeIndex = new CompactIndex();
    private boolean finished;

    private StatisticsCollector(Edition edition, Schedules schedules) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.bands = PopulationBands.of(edition);
    }

    /**
     * Starts collecting.
     *
     * @param edition  the edition: which internships each corps does, the collective projects' terms
     *     (their population threshold is the first bound of the population bands)
     * @param schedules  the calendar: each internship's offer deadline
     * @return the collector, not null
     */
    public static StatisticsCollector of(Edition edition, Schedules schedules) {
        return new StatisticsCollector(edition, schedules);
    }

    /**
     * Counts an accepted offer.
     *
     * @param offer  the offer, not null
     */
    public void offer(Offer offer) {
        requireOpen();
        int cohort = offer.cohort().year();
        InternshipType type = offer.type();
        Host host = offer.host();
        tallies.offers.increment(Group.of(cohort, "all"));
        tallies.offersByType.increment(Group.of(cohort, type.code()));
        tallies.offersByHostKind.increment(Group.of(cohort, host.kind().code()));
        tallies.offersByBand.increment(Group.of(cohort, bands.of(host.population()).code()));
        Optional<Departement> departement = host.departement();
        if (departement.isPresent()) {
            String region = departement.get().region().map(Region::inseeCode).orElse("");
            tallies.offersByRegion.increment(Group.of(cohort, region));
            tallies.offersByDepartement.increment(Group.of(cohort, departement.get().code(), region));
        } else {
            String country = host.country().map(c -> c.code()).orElse("");
            tallies.offersByCountry.increment(Group.of(cohort, country));
        }
        CohortSchedule schedule = schedule(cohort);
        for (Corps corps : offer.corps()) {
            tallies.offersByTypeAndCorps.increment(Group.of(cohort, type.code(), corps.code()));
            SubmissionTiming timing = OfferCalendarRules.timing(offer, corps, schedule);
            tallies.offersByDeadline.increment(Group.of(cohort, type.code() + "/" + corps.code(), timing.name()));
        }
        offerIndex.put(CompactIndex.key(offer.id().value()), PackedOffer.of(offer));
    }

    /**
     * Counts an accepted trainee.
     *
     * @param trainee  the trainee, not null
     */
    public void trainee(Trainee trainee) {
        requireOpen();
        int cohort = trainee.cohort().year();
        tallies.trainees.increment(Group.of(cohort, trainee.corps().code()));
        traineeIndex.put(CompactIndex.key(trainee.id().value()), PackedTrainee.of(trainee));
    }

    /**
     * Counts an accepted placement. Its trainee and offer must have been given first; a placement
     * of an unknown trainee or offer is counted as such (import checks reject them beforehand).
     *
     * @param placement  the placement, not null
     */
    public void placement(Placement placement) {
        requireOpen();
        long traineeKey = CompactIndex.key(placement.trainee().value());
        long trainee = traineeIndex.get(traineeKey, 0);
        long offerKey = CompactIndex.key(placement.offer().value());
        long offer = offerIndex.get(offerKey, 0);
        if (trainee == 0 || offer == 0) {
            tallies.unmatchedPlacements.increment(Group.of(0, trainee == 0 ? DatasetProblem.TRAINEE_UNKNOWN.code()
                    : DatasetProblem.OFFER_UNKNOWN.code()));
            return;
        }
        int cohort = PackedTrainee.cohort(trainee).year();
        Corps corps = PackedTrainee.corps(trainee);
        InternshipType type = placement.type();
        tallies.placements.increment(Group.of(cohort, type.code(), corps.code()));
        tallies.placementsByHostKind.increment(Group.of(cohort, PackedOffer.hostKind(offer).code()));
        int region = PackedOffer.region(offer);
        tallies.placementsByRegion.increment(Group.of(cohort, regionCode(region)));
        edition.catalogue().find(type, corps).ifPresent(internship ->
                traineeIndex.put(traineeKey, PackedTrainee.withRegion(trainee, internship.rank(), region)));
        if (type == InternshipType.PROJET_COLLECTIF) {
            offerIndex.put(offerKey, PackedOffer.withTeamMember(offer, corps));
        }
    }

    /**
     * Counts a problem found at import: by kind of record, rule code and severity.
     *
     * @param source  the kind of records of the file, not null
     * @param code  the rule code, such as {@code POPULATION_NOT_POSITIVE}, not null
     * @param severity  error or warning, not null
     */
    public void problem(Source source, String code, Severity severity) {
        requireOpen();
        tallies.problems.increment(Group.of(0, source.name(), code + "/" + severity.name()));
    }

    /**
     * Counts rows left out of the statistics (rejected at import).
     *
     * @param source  the kind of records of the rows, not null
     * @param count  how many, not negative
     */
    public void rowsLeftOut(Source source, long count) {
        requireOpen();
        if (count < 0) {
            throw new IllegalArgumentException("a count of rows cannot be negative: " + count);
        }
        tallies.rowsLeftOut.add(Group.of(0, source.name()), count);
    }

    /**
     * Counts the lines of a file that could not be read (reading stopped at an unclosed quote, a
     * truncated file): left out of the statistics like rejected rows, and said apart from them.
     *
     * @param source  the kind of records of the file, not null
     * @param lines  how many lines were not read, not negative
     */
    public void linesNotRead(Source source, long lines) {
        requireOpen();
        if (lines < 0) {
            throw new IllegalArgumentException("a count of lines cannot be negative: " + lines);
        }
        tallies.linesNotRead.add(Group.of(0, source.name()), lines);
    }

    /**
     * Ends the pass: computes what needs every record (mobility, collective-project teams).
     *
     * @return the statistics, not null
     */
    public Statistics finish() {
        requireOpen();
        finished = true;
        traineeIndex.forEach((key, trainee) -> mobility(trainee));
        offerIndex.forEach((key, offer) -> {
            if (PackedOffer.teamSize(offer) > 0) {
                tallies.teams.increment(Group.of(PackedOffer.cohort(offer).year(), teamMakeUp(offer)));
            }
        });
        return new Statistics(edition, schedules, tallies);
    }

    private void mobility(long trainee) {
        int cohort = PackedTrainee.cohort(trainee).year();
        Corps corps = PackedTrainee.corps(trainee);
        int previous = PackedRegion.NONE;
        for (var internship : edition.catalogue().internshipsOf(corps)) {
            int region = PackedTrainee.region(trainee, internship.rank());
            if (region == PackedRegion.NONE) {
                continue;
            }
            if (previous != PackedRegion.NONE) {
                String type = internship.type().code();
                tallies.placedAfterAnother.increment(Group.of(cohort, type, corps.code()));
                if (region != previous || region == PackedRegion.UNKNOWN) {
                    tallies.placedElsewhere.increment(Group.of(cohort, type, corps.code()));
                }
            }
            previous = region;
        }
    }

    private CohortSchedule schedule(int cohort) {
        return cohortSchedules.computeIfAbsent(cohort, year -> schedules.forCohort(CohortYear.of(year)));
    }

    static String regionCode(int packed) {
        if (packed == PackedRegion.ABROAD) {
            return "ETRANGER";
        }
        return PackedRegion.region(packed).map(Region::inseeCode).orElse("");
    }

    /** The team's make-up as a code: "ADMINISTRATEUR×2+INGENIEUR_EN_CHEF×1", corps in their order. */
    private static String teamMakeUp(long offer) {
        StringBuilder makeUp = new StringBuilder();
        for (Corps corps : Corps.values()) {
            int count = PackedOffer.teamMembers(offer, corps);
            if (count > 0) {
                makeUp.append(makeUp.length() == 0 ? "" : "+").append(corps.code()).append('×').append(count);
            }
        }
        return makeUp.toString();
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the statistics are finished; start another collector");
        }
    }
}
