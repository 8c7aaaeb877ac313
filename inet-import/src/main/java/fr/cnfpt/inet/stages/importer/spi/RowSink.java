package fr.cnfpt.inet.stages.importer.spi;

import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.placement.Exclusion;
import fr.cnfpt.inet.stages.domain.placement.Placement;
import fr.cnfpt.inet.stages.domain.placement.Wish;
import fr.cnfpt.inet.stages.domain.trainee.Trainee;

/**
 * Receives what an importer reads, row by row, as it reads it: a record for each row it could
 * build, a problem for everything wrong. An importer never keeps rows in memory; the caller decides
 * what to keep. Every data row gives either a record or, after its error problems,
 * {@link #rejected(long)}: rows read = records + rejected rows.
 * <p>
 * An importer calls its sink from one thread at a time, in the order of the rows.
 * <p>
 * Each record comes with its line and, through the methods taking a {@link RowLocation}, with its
 * number in the file, its column on the line and the file's names for its fields. Those methods
 * pass on to the line-only ones unless a sink overrides them; importers built on
 * {@link fr.cnfpt.inet.stages.importer.columns.RowBinder} call
 * them. A sink that checks records overrides both.
 */
public interface RowSink {

    /**
     * Receives an offer read from a row.
     *
     * @param line  the row's line (or Excel row), 1-based
     * @param offer  the offer, not null
     */
    default void offer(long line, Offer offer) {
        throw new UnsupportedOperationException("this sink takes no offers");
    }

    /**
     * Receives a trainee read from a row.
     *
     * @param line  the row's line, 1-based
     * @param trainee  the trainee, not null
     */
    default void trainee(long line, Trainee trainee) {
        throw new UnsupportedOperationException("this sink takes no trainees");
    }

    /**
     * Receives a placement read from a row.
     *
     * @param line  the row's line, 1-based
     * @param placement  the placement, not null
     */
    default void placement(long line, Placement placement) {
        throw new UnsupportedOperationException("this sink takes no placements");
    }

    /**
     * Receives a wish read from a row.
     *
     * @param line  the row's line, 1-based
     * @param wish  the wish, not null
     */
    default void wish(long line, Wish wish) {
        throw new UnsupportedOperationException("this sink takes no wishes");
    }

    /**
     * Receives an exclusion read from a row.
     *
     * @param line  the row's line, 1-based
     * @param exclusion  the exclusion, not null
     */
    default void exclusion(long line, Exclusion exclusion) {
        throw new UnsupportedOperationException("this sink takes no exclusions");
    }

    /**
     * Receives an offer read from a row, with where it was read.
     *
     * @param at  where the row is, not null
     * @param offer  the offer, not null
     */
    default void offer(RowLocation at, Offer offer) {
        offer(at.line(), offer);
    }

    /**
     * Receives a trainee read from a row, with where it was read.
     *
     * @param at  where the row is, not null
     * @param trainee  the trainee, not null
     */
    default void trainee(RowLocation at, Trainee trainee) {
        trainee(at.line(), trainee);
    }

    /**
     * Receives a placement read from a row, with where it was read.
     *
     * @param at  where the row is, not null
     * @param placement  the placement, not null
     */
    default void placement(RowLocation at, Placement placement) {
        placement(at.line(), placement);
    }

    /**
     * Receives a wish read from a row, with where it was read.
     *
     * @param at  where the row is, not null
     * @param wish  the wish, not null
     */
    default void wish(RowLocation at, Wish wish) {
        wish(at.line(), wish);
    }

    /**
     * Receives an exclusion read from a row, with where it was read.
     *
     * @param at  where the row is, not null
     * @param exclusion  the exclusion, not null
     */
    default void exclusion(RowLocation at, Exclusion exclusion) {
        exclusion(at.line(), exclusion);
    }

    /**
     * Receives a problem.
     *
     * @param problem  the problem, not null
     */
    void problem(Problem problem);

    /**
     * Says that a data row gave no record. Its error problems, if any, came before; a row rejected
     * because the whole file is unusable (a missing column) has none of its own.
     *
     * @param line  the row's line, 1-based
     */
    void rejected(long line);
}
