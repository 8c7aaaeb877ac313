package fr.cnfpt.inet.stages.importer.columns;

import fr.cnfpt.inet.stages.domain.host.Country;
import fr.cnfpt.inet.stages.domain.host.Departement;
import fr.cnfpt.inet.stages.domain.host.HostLocation;
import fr.cnfpt.inet.stages.domain.text.LocalizedText;
import fr.cnfpt.inet.stages.importer.spi.RowProblem;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads where a host is: a département's INSEE code ({@code 67}, {@code 2A}, {@code 971}, also
 * {@code "67 - Bas-Rhin"} and {@code 1} for {@code 01}) for a host in France, or a country's ISO
 * code for a host abroad; exactly one of them.
 */
final class Locations {

    private static final Pattern LEADING_CODE = Pattern.compile("(?i)(2[ab]|\\d{1,3})(?:\\s*[-–—:]?\\s*\\D.*)?");
    private final Map<String, Optional<Departement>> departements = new HashMap<>();

    HostLocation read(Row row, int departementField, int countryField) {
        boolean france = row.has(departementField);
        String countryText = row.text(countryField);
        boolean abroad = !countryText.isEmpty() && !isFrance(countryText);
        if (france && abroad) {
            row.error(countryField, RowProblem.LOCATION_AMBIGUOUS, LocalizedText.of(
                    "Donnez le département pour une structure en France, ou le pays pour une structure à l'étranger,"
                            + " pas les deux.",
                    "Give the département for a host in France, or the country for a host abroad, not both."));
            return null;
        }
        if (abroad) {
            Optional<Country> country = Country.fromCode(countryText);
            if (country.isEmpty()) {
                row.error(countryField, RowProblem.COUNTRY_UNKNOWN, LocalizedText.of(
                        "« " + Values.shortened(countryText) + " » n'est pas un code de pays ISO 3166 : écrivez par"
                                + " exemple DE pour l'Allemagne, BE pour la Belgique.",
                        "\"" + Values.shortened(countryText) + "\" is not an ISO 3166 country code: write, for example,"
                                + " DE for Germany, BE for Belgium."));
                return null;
            }
            return HostLocation.abroad(country.get());
        }
        if (!france) {
            row.error(departementField, RowProblem.LOCATION_MISSING, LocalizedText.of(
                    "Indiquez le département (code INSEE, par exemple 67) ou, pour une structure à l'étranger, le pays.",
                    "Give the département (INSEE code, such as 67) or, for a host abroad, the country."));
            return null;
        }
        String text = row.text(departementField);
        Optional<Departement> departement = departements.size() < 4096
                ? departements.computeIfAbsent(text, Locations::departement) : departement(text);
        if (departement.isEmpty()) {
            row.error(departementField, RowProblem.DEPARTEMENT_UNKNOWN, LocalizedText.of(
                    "« " + Values.shortened(text) + " » n'est pas un code INSEE de département : écrivez par exemple 67,"
                            + " 2A ou 971.",
                    "\"" + Values.shortened(text) + "\" is not an INSEE département code: write, for example, 67, 2A"
                            + " or 971."));
            return null;
        }
        return HostLocation.in(departement.get());
    }

    private static Optional<Departement> departement(String text) {
        Matcher code = LEADING_CODE.matcher(text.strip());
        if (!code.matches()) {
            return Optional.empty();
        }
        String digits = code.group(1).toUpperCase(java.util.Locale.ROOT);
        return Departement.fromCode(digits.length() == 1 ? "0" + digits : digits);
    }

    private static boolean isFrance(String country) {
        String key = HeaderKey.of(country);
        return key.equals("fr") || key.equals("fra") || key.equals("france");
    }
}
