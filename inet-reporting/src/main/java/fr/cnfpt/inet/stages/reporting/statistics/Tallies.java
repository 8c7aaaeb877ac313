package fr.cnfpt.inet.stages.reporting.statistics;

/** The counters of a statistics pass, by group. Owned by one collector, then by its statistics. */
final class Tallies {

    final Counter<Group> offers = new Counter<>();
    final Counter<Group> offersByType = new Counter<>();
    final Counter<Group> offersByTypeAndCorps = new Counter<>();
    final Counter<Group> offersByHostKind = new Counter<>();
    final Counter<Group> offersByBand = new Counter<>();
    final Counter<Group> offersByRegion = new Counter<>();
    final Counter<Group> offersByDepartement = new Counter<>();
    final Counter<Group> offersByCountry = new Counter<>();
    final Counter<Group> offersByDeadline = new Counter<>();
    final Counter<Group> trainees = new Counter<>();
    final Counter<Group> placements = new Counter<>();
    final Counter<Group> placementsByHostKind = new Counter<>();
    final Counter<Group> placementsByRegion = new Counter<>();
    final Counter<Group> placedAfterAnother = new Counter<>();
    final Counter<Group> placedElsewhere = new Counter<>();
    final Counter<Group> teams = new Counter<>();
    final Counter<Group> unmatchedPlacements = new Counter<>();
    final Counter<Group> problems = new Counter<>();
    final Counter<Group> rowsLeftOut = new Counter<>();
    final Counter<Group> linesNotRead = new Counter<>();
}
