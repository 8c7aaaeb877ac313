package fr.cnfpt.inet.stages.importer.memory;

import fr.cnfpt.inet.stages.domain.cohort.CohortYear;
import fr.cnfpt.inet.stages.domain.corps.Corps;
import fr.cnfpt.inet.stages.domain.host.HostKind;
import fr.cnfpt.inet.stages.domain.internship.InternshipType;
import fr.cnfpt.inet.stages.domain.offer.Offer;
import fr.cnfpt.inet.stages.domain.offer.OfferId;
import fr.cnfpt.inet.stages.domain.offer.OfferTerms;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An accepted offer packed in one {@code long}, as a {@link CompactIndex} keeps it: what the
 * placement checks need (type, corps, cohort) and what the statistics need (host kind, région,
 * and the team placed on a collective project), never its reference, host name or texts. Never 0,
 * so that 0 can say "absent". The layout, from the lowest bit:
 * <pre>
 * bit  0       1 (present)
 * bits 1-4     internship type (ordinal)
 * bits 5-12    cohort year minus {@value CohortYear#MIN_YEAR}
 * bits 13-17   host kind (ordinal)
 * bits 18-23   région ({@link PackedRegion})
 * bits 24-31   corps the offer is open to (one bit per corps, by ordinal)
 * bits 32-63   trainees placed on it, per corps (4 bits each, by ordinal, at most 15)
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PackedOffer {

    private static final int TYPE = 1;
    private static final int COHORT = 5;
    private static final int KIND = 13;
    private static final int REGION = 18;
    private static final int CORPS = 24;
    private static final int TEAM = 32;
    private static final int MAX_MEMBERS = 0xF;

    static {
        if (InternshipType.values().length > 16 || HostKind.values().length > 32 || Corps.values().length > 8
                || CohortYear.MAX_YEAR - CohortYear.MIN_YEAR > 0xFF) {
            throw new ExceptionInInitializerError("the domain has outgrown PackedOffer's layout");
        }
    }

    private PackedOffer() {
    }

    /**
     * Packs an offer, with no one placed on it.
     *
     * @param offer  the offer, not null
     * @return the packed offer, never 0
     */
    public static long of(Offer offer) {
        Objects.requireNonNull(offer, "offer");
        long corps = 0;
        for (Corps c : offer.corps()) {
            corps |= 1L << c.ordinal();
        }
        return 1L | (long) offer.type().ordinal() << TYPE
                | (long) (offer.cohort().year() - CohortYear.MIN_YEAR) << COHORT
                | (long) offer.host().kind().ordinal() << KIND
                | (long) PackedRegion.of(offer.host()) << REGION
                | corps << CORPS;
    }

    /**
     * Returns what a placement is checked against.
     *
     * @param packed  a packed offer
     * @param id  the offer's reference, not null
     * @return the offer's terms, not null
     */
    public static OfferTerms terms(long packed, OfferId id) {
        return new OfferTerms(id, type(packed), corps(packed), cohort(packed));
    }

    /**
     * Returns the internship type of a packed offer.
     *
     * @param packed  a packed offer
     * @return its internship type, not null
     */
    public static InternshipType type(long packed) {
        return InternshipType.values()[(int) (packed >>> TYPE & 0xF)];
    }

    /**
     * Returns the cohort of a packed offer.
     *
     * @param packed  a packed offer
     * @return its cohort, not null
     */
    public static CohortYear cohort(long packed) {
        return CohortYear.of((int) (packed >>> COHORT & 0xFF) + CohortYear.MIN_YEAR);
    }

    /**
     * Returns the kind of a packed offer's host.
     *
     * @param packed  a packed offer
     * @return its host's kind, not null
     */
    public static HostKind hostKind(long packed) {
        return HostKind.values()[(int) (packed >>> KIND & 0x1F)];
    }

    /**
     * Returns the région of a packed offer's host.
     *
     * @param packed  a packed offer
     * @return its host's région, as {@link PackedRegion} packs it
     */
    public static int region(long packed) {
        return (int) (packed >>> REGION & 0x3F);
    }

    /**
     * Returns the corps a packed offer is open to.
     *
     * @param packed  a packed offer
     * @return the corps it is open to, a new set, not null
     */
    public static Set<Corps> corps(long packed) {
        Set<Corps> corps = EnumSet.noneOf(Corps.class);
        for (Corps c : Corps.values()) {
            if ((packed >>> (CORPS + c.ordinal()) & 1) != 0) {
                corps.add(c);
            }
        }
        return corps;
    }

    /**
     * Counts one more trainee placed on the offer; past 15 of a corps, the count stays at 15.
     *
     * @param packed  a packed offer
     * @param corps  the trainee's corps, not null
     * @return the packed offer with the trainee counted
     */
    public static long withTeamMember(long packed, Corps corps) {
        int shift = TEAM + 4 * corps.ordinal();
        return (packed >>> shift & 0xF) == MAX_MEMBERS ? packed : packed + (1L << shift);
    }

    /**
     * Returns how many trainees of a corps are placed on a packed offer.
     *
     * @param packed  a packed offer
     * @param corps  a corps, not null
     * @return how many trainees of the corps are placed on it, 0 to 15
     */
    public static int teamMembers(long packed, Corps corps) {
        return (int) (packed >>> (TEAM + 4 * corps.ordinal()) & 0xF);
    }

    /**
     * Returns how many trainees are placed on a packed offer.
     *
     * @param packed  a packed offer
     * @return how many trainees are placed on it, all corps together
     */
    public static int teamSize(long packed) {
        int size = 0;
        for (Corps corps : Corps.values()) {
            size += teamMembers(packed, corps);
        }
        return size;
    }
}
