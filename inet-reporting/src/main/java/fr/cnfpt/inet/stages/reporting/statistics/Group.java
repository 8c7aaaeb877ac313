package fr.cnfpt.inet.stages.reporting.statistics;

/**
 * A group key of the statistics: a cohort year and up to two codes (internship type and corps, a
 * host kind, a région…). Small and immutable.
 *
 * @param cohort  the cohort year, or 0 for counts of no cohort (import problems)
 * @param first  the first code, not null
 * @param second  the second code, or "" when the group has one
 */
record Group(int cohort, String first, String second) {

    static Group of(int cohort, String first) {
        return new Group(cohort, first, "");
    }

    static Group of(int cohort, String first, String second) {
        return new Group(cohort, first, second);
    }
}
