package fr.cnfpt.inet.stages.calendar.days;

import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import java.util.Map;

/** The French and English names of the holidays Jollyday knows for France, by its property key. */
final class HolidayNames {

    private static final Map<String, LocalizedText> NAMES = Map.ofEntries(
            Map.entry("NEW_YEAR", LocalizedText.of("Jour de l'an", "New Year's Day")),
            Map.entry("LABOUR_DAY", LocalizedText.of("Fête du Travail", "Labour Day")),
            Map.entry("VICTORY_DAY", LocalizedText.of("Victoire 1945", "Victory in Europe Day")),
            Map.entry("NATIONAL_DAY", LocalizedText.of("Fête nationale", "Bastille Day")),
            Map.entry("ASSUMPTION_MARY", LocalizedText.of("Assomption", "Assumption Day")),
            Map.entry("ALL_SAINTS", LocalizedText.of("Toussaint", "All Saints' Day")),
            Map.entry("ARMISTICE", LocalizedText.of("Armistice 1918", "Armistice Day")),
            Map.entry("CHRISTMAS", LocalizedText.of("Noël", "Christmas Day")),
            Map.entry("SECOND_CHRISTMAS_DAY", LocalizedText.of("Saint-Étienne", "St Stephen's Day")),
            Map.entry("christian.EASTER_MONDAY", LocalizedText.of("Lundi de Pâques", "Easter Monday")),
            Map.entry("christian.ASCENSION_DAY", LocalizedText.of("Ascension", "Ascension Day")),
            Map.entry("christian.WHIT_MONDAY", LocalizedText.of("Lundi de Pentecôte", "Whit Monday")),
            Map.entry("christian.GOOD_FRIDAY", LocalizedText.of("Vendredi saint", "Good Friday")));

    private HolidayNames() {
    }

    static LocalizedText of(String key, String frenchDescription, String englishDescription) {
        return NAMES.getOrDefault(key, LocalizedText.of(frenchDescription, englishDescription));
    }
}
