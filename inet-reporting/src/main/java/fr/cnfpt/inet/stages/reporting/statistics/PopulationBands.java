package fr.cnfpt.inet.stages.reporting.statistics;

import fr.cnfpt.inet.stages.domain.edition.Edition;
import fr.cnfpt.inet.stages.domain.host.Population;
import fr.cnfpt.inet.stages.domain.internship.CollectiveProjectTerms;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The population bands of the offers report. The first bound is the edition's: a collective project
 * needs "une collectivité de plus de 40 000 habitants" ({@link CollectiveProjectTerms#populationAbove()}),
 * so the first band, "40 000 habitants ou moins", holds exactly the hosts too small for one, and every
 * other band only hosts large enough. The report's own size classes, 100,000 and 300,000 inhabitants,
 * split the larger hosts; a class at or under the edition's threshold is left out. Each band
 * includes its upper bound: with the 2026-2027 edition, {@code UP_TO_40000},
 * {@code FROM_40001_TO_100000}, {@code FROM_100001_TO_300000}, {@code OVER_300000}, then
 * {@link PopulationBand#NOT_GIVEN}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PopulationBands {

    /** The report's size classes above the edition's threshold: not figures of an edition. */
    private static final List<Integer> SIZE_CLASSES = List.of(100_000, 300_000);

    /** The inclusive upper bounds of every band but the last, ascending. */
    private final int[] upperBounds;
    private final List<PopulationBand> bands;

    private PopulationBands(TreeSet<Integer> upperBounds) {
        this.upperBounds = upperBounds.stream().mapToInt(Integer::intValue).toArray();
        List<PopulationBand> all = new ArrayList<>();
        for (int i = 0; i < this.upperBounds.length; i++) {
            all.add(i == 0 ? upTo(this.upperBounds[0]) : between(this.upperBounds[i - 1] + 1, this.upperBounds[i]));
        }
        all.add(over(this.upperBounds[this.upperBounds.length - 1]));
        all.add(PopulationBand.NOT_GIVEN);
        this.bands = List.copyOf(all);
    }

    /**
     * Obtains the bands of an edition: its collective projects' population threshold, then the
     * report's size classes above it.
     *
     * @param edition  the edition, not null
     * @return the bands, not null
     */
    public static PopulationBands of(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return ofThreshold(edition.catalogue().collectiveProjectTerms().map(CollectiveProjectTerms::populationAbove));
    }

    /**
     * Obtains the bands for a population threshold.
     *
     * @param populationAbove  the threshold a collective project's host must be strictly above, if any
     * @return the bands, not null
     */
    static PopulationBands ofThreshold(Optional<Integer> populationAbove) {
        TreeSet<Integer> bounds = new TreeSet<>();
        populationAbove.ifPresent(bounds::add);
        SIZE_CLASSES.stream().filter(b -> populationAbove.map(t -> b > t).orElse(true)).forEach(bounds::add);
        return new PopulationBands(bounds);
    }

    /** @return every band, smallest populations first, then {@link PopulationBand#NOT_GIVEN}, not null */
    public List<PopulationBand> all() {
        return bands;
    }

    /**
     * Finds the band of a population.
     *
     * @param population  the population, if given, not null
     * @return the band, not null
     */
    public PopulationBand of(Optional<Population> population) {
        if (population.isEmpty()) {
            return PopulationBand.NOT_GIVEN;
        }
        int inhabitants = population.get().inhabitants();
        int band = 0;
        while (band < upperBounds.length && inhabitants > upperBounds[band]) {
            band++;
        }
        return bands.get(band);
    }

    private static PopulationBand upTo(int most) {
        return new PopulationBand("UP_TO_" + most, LocalizedText.of(
                french(most) + " habitants ou moins", english(most) + " inhabitants or fewer"));
    }

    private static PopulationBand between(int least, int most) {
        return new PopulationBand("FROM_" + least + "_TO_" + most, LocalizedText.of(
                "de " + french(least) + " à " + french(most) + " habitants",
                english(least) + " to " + english(most) + " inhabitants"));
    }

    private static PopulationBand over(int most) {
        return new PopulationBand("OVER_" + most, LocalizedText.of(
                "plus de " + french(most) + " habitants", "over " + english(most) + " inhabitants"));
    }

    /** "40 000": the French grouping, with a space as the report's other labels write it. */
    static String french(int number) {
        return english(number).replace(',', ' ');
    }

    /** "40,000": the English grouping. */
    static String english(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
